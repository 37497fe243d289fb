#!/usr/bin/env bash
# The app against the database alone, side by side in one run, at 16 connections: wrk on
# GET /api/v1/review-queue, POST /api/v1/notes and GET /api/v1/me, then pgbench running the
# very statements each request ran (captured with log_statement = all, values included).
# Writes bench/results/throughput.md. Release build, Production, private PostgreSQL, on the
# load agency (rl seed load --notes NOTES).
# Usage: bench/throughput.sh [NOTES=100000] [SECONDS=15]
set -euo pipefail
cd "$(dirname "$0")/.."
script/bootstrap
source script/lib/postgres.sh
source bench/lib.sh
notes=${1:-100000}; seconds=${2:-15}
work=$PWD/.data/bench-throughput
mkdir -p "$work" bench/results
trap bench_cleanup EXIT
bench_postgres
bench_publish "$work"
rl() { dotnet "$work/cli/rl.dll" "$@"; }
rl migrate >/dev/null
rl seed load --notes "$notes" | tail -n1
psql_bench() { psql -h 127.0.0.1 -p "$bench_pg_port" -U postgres -d bench -qAt "$@"; }

# The submission: Lena's first interview, to its interviewer.
read -r submission interview contact <<<"$(psql_bench -F' ' -c "
  SELECT s.id, i.id, v.client_contact_id FROM candidates c JOIN submissions s ON s.candidate_id = c.id
  JOIN interviews i ON i.submission_id = s.id JOIN interviewers v ON v.interview_id = i.id
  WHERE c.email = 'candidate@load.test' LIMIT 1")"
note_body="{\"submissionId\":\"$submission\",\"interviewId\":\"$interview\",\"recipientContactId\":\"$contact\",\"kind\":\"ThankYou\",\"body\":\"Dear Ms Okoro,\\n\\nThank you for your time on Tuesday and for the tour of the warehouse. I enjoyed hearing how the team plans the winter peak.\\n\\nKind regards,\\nLena Hartmann\"}"

bench_start_app "$work" "$work/app.log"
recruiter=$(rl tokens create --email recruiter@load.test --name bench | tail -n1)
candidate=$(rl tokens create --email candidate@load.test --name bench | tail -n1)
requests=("review-queue|GET|/api/v1/review-queue|Bearer $recruiter|" "submit-note|POST|/api/v1/notes|Bearer $candidate|$note_body" "me|GET|/api/v1/me|Bearer $recruiter|")

# 1. The app, warm: on 2 cores shared with PostgreSQL the JIT is still moving hot methods to
# their optimised tier well after 3 s of load (seen with perf), so each request first runs 15 s.
: >"$work/results.txt"
for request in "${requests[@]}"; do
  IFS='|' read -r name method path auth body <<<"$request"
  RL_METHOD=$method RL_AUTH=$auth RL_BODY=$body bench_wrk "$bench_app_url" "$path" -t2 -c16 -d15s >/dev/null
  echo "app $name $(RL_METHOD=$method RL_AUTH=$auth RL_BODY=$body bench_wrk "$bench_app_url" "$path" -t2 -c16 -d"${seconds}s" --timeout 10s)" | tee -a "$work/results.txt"
done

# 2. What each request sent to PostgreSQL, one request each, with the values.
psql_bench -c "ALTER SYSTEM SET log_statement = 'all'" -c "SELECT pg_reload_conf()" >/dev/null
for request in "${requests[@]}"; do
  IFS='|' read -r name method path auth body <<<"$request"
  # Once outside the capture first, so what is captured is the steady state under load: the token owner's
  # claims are cached for a minute and were cached all through the wrk run.
  curl -fsS -o /dev/null -X "$method" -H "Authorization: $auth" ${body:+-H "Content-Type: application/json" --data "$body"} "$bench_app_url$path"
  sleep 0.5
  start=$(wc -c <"$bench_pg/server.log")
  curl -fsS -o /dev/null -X "$method" -H "Authorization: $auth" ${body:+-H "Content-Type: application/json" --data "$body"} "$bench_app_url$path"
  sleep 0.5
  tail -c +"$((start + 1))" "$bench_pg/server.log" | python3 bench/pgbench_script.py >"$work/$name.sql"
done
psql_bench -c "ALTER SYSTEM RESET log_statement" -c "SELECT pg_reload_conf()" >/dev/null
bench_stop_app

# 3. The same statements from pgbench, at the same concurrency.
for request in "${requests[@]}"; do
  IFS='|' read -r name _ <<<"$request"
  statements=$(grep -c ';' "$work/$name.sql")
  # With the plan setting the app's pool uses (DependencyInjection.DataSource): under -M prepared,
  # PostgreSQL's generic plans after five runs would scan whole tables for the queue.
  PGOPTIONS="-c plan_cache_mode=force_custom_plan" "$PG_BIN/pgbench" -h 127.0.0.1 -p "$bench_pg_port" -U postgres -n -c16 -j2 -T "$seconds" -M prepared -f "$work/$name.sql" bench >"$work/pgbench-$name.log" 2>&1 \
    || { echo "pgbench failed on $work/$name.sql:" >&2; tail -n 5 "$work/pgbench-$name.log" >&2; exit 1; }
  tps=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$work/pgbench-$name.log" | tail -n1)
  echo "pgbench $name tps=$tps statements=$statements" | tee -a "$work/results.txt"
done

python3 - "$work/results.txt" "$notes" "$seconds" >bench/results/throughput.md <<'PY'
import sys, datetime, os, platform
rows = {}
for line in open(sys.argv[1]):
    who, name, *fields = line.split()
    rows.setdefault(name, {})[who] = dict(f.split("=") for f in fields if "=" in f)
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
print("# The app against the database alone\n")
print(f"`bench/throughput.sh {sys.argv[2]} {sys.argv[3]}`, {datetime.date.today()}: Release, Production, one instance and PostgreSQL 15 sharing {os.cpu_count()} cores ({cpu}); "
      f"16 connections each; wrk with 2 threads for the app, then `pgbench -c16 -j2 -M prepared` running the statements one such request sent (captured with `log_statement = all`, the same values, fresh ids for new rows). "
      f"The load agency holds {int(sys.argv[2]):,} notes. fsync is off in this private cluster, for both alike.\n")
print("| request | statements | app, requests/s | app p95, ms | pgbench, transactions/s | app ÷ pgbench | errors |")
print("|---|---:|---:|---:|---:|---:|---:|")
labels = {"review-queue": "`GET /api/v1/review-queue`", "submit-note": "`POST /api/v1/notes` (checked, queued, recruiters notified)", "me": "`GET /api/v1/me` (token authentication alone)"}
for name, label in labels.items():
    app, pg = rows[name]["app"], rows[name]["pgbench"]
    print(f"| {label} | {pg['statements']} | {float(app['rps']):.0f} | {float(app['p95_ms']):.1f} | {float(pg['tps']):.0f} | {float(app['rps'])/float(pg['tps']):.2f} | {app['errors']} |")
PY
echo "wrote bench/results/throughput.md"
