#!/usr/bin/env bash
# Does the product slow down as an agency's history grows? Seeds the load agency with SMALL
# notes (rl seed load), measures the review queue's first page (API and the page with its
# grid) and a candidate's notes (API and page) with wrk, grows the history to LARGE notes and
# measures again, then records the query plans (auto_explain) at the large size.
# Writes bench/results/scale.md. Release build, Production, private PostgreSQL.
# Usage: bench/scale.sh [SMALL=10000] [LARGE=1000000] [SECONDS=15]
set -euo pipefail
cd "$(dirname "$0")/.."
script/bootstrap
source script/lib/postgres.sh
source bench/lib.sh
small=${1:-10000}; large=${2:-1000000}; seconds=${3:-15}
work=$PWD/.data/bench-scale
mkdir -p "$work" bench/results
trap bench_cleanup EXIT
bench_postgres
bench_publish "$work"
rl() { dotnet "$work/cli/rl.dll" "$@"; }
rl migrate >/dev/null
psql_bench() { psql -h 127.0.0.1 -p "$bench_pg_port" -U postgres -d bench -qAt "$@"; }

# Which pages and calls, as whom. The queue's first page is what a recruiter opens all day;
# a candidate's notes are what a candidate opens. Both must not grow with the agency's history.
measure_all() {
  local label=$1
  bench_start_app "$work" "$work/app-$label.log"
  local recruiter candidate recruiter_cookie candidate_cookie
  recruiter=$(rl tokens create --email recruiter@load.test --name bench | tail -n1)
  candidate=$(rl tokens create --email candidate@load.test --name bench | tail -n1)
  recruiter_cookie=$(bench_cookie "$bench_app_url" recruiter@load.test)
  candidate_cookie=$(bench_cookie "$bench_app_url" candidate@load.test)
  for probe in "queue-api|/api/v1/review-queue|Bearer $recruiter|" "queue-page|/recruiter/queue||$recruiter_cookie" \
               "candidate-notes-api|/api/v1/notes|Bearer $candidate|" "candidate-page|/candidate||$candidate_cookie"; do
    IFS='|' read -r name path auth cookie <<<"$probe"
    # A short warm-up (JIT, pools, caches), then the measured run.
    RL_AUTH=$auth RL_COOKIE=$cookie bench_wrk "$bench_app_url" "$path" -t2 -c8 -d3s >/dev/null
    result=$(RL_AUTH=$auth RL_COOKIE=$cookie bench_wrk "$bench_app_url" "$path" -t2 -c8 -d"${seconds}s" --timeout 10s)
    echo "$label $name $result" | tee -a "$work/results.txt"
  done
  bench_stop_app
}

: >"$work/results.txt"
seeded=$(rl seed load --notes "$small" | tail -n1); echo "$seeded"
measure_all "$small"
seeded=$(rl seed load --notes "$((large - small))" | tail -n1); echo "$seeded"
measure_all "$large"

# The plans at the large size: every statement the four requests run, with actual times.
psql_bench -c "ALTER DATABASE bench SET session_preload_libraries = 'auto_explain'" \
  -c "ALTER DATABASE bench SET auto_explain.log_min_duration = 0" -c "ALTER DATABASE bench SET auto_explain.log_analyze = on" \
  -c "ALTER DATABASE bench SET auto_explain.log_buffers = on"
bench_start_app "$work" "$work/app-plans.log"
recruiter=$(rl tokens create --email recruiter@load.test --name bench | tail -n1)
candidate=$(rl tokens create --email candidate@load.test --name bench | tail -n1)
log_start=$(wc -c <"$bench_pg/server.log")
curl -fsS -o /dev/null -H "Authorization: Bearer $recruiter" "$bench_app_url/api/v1/review-queue"
curl -fsS -o /dev/null -H "Authorization: Bearer $candidate" "$bench_app_url/api/v1/notes"
sleep 1
bench_stop_app
tail -c +"$((log_start + 1))" "$bench_pg/server.log" | python3 bench/plans.py >"$work/plans.txt"
psql_bench -c "ALTER DATABASE bench RESET ALL"
counts=$(psql_bench -c "SELECT count(*) FROM notes" -c "SELECT count(*) FROM notes WHERE status = 'PendingReview'" -c "SELECT count(*) FROM candidates" | paste -sd' ')

python3 - "$work/results.txt" "$work/plans.txt" "$small" "$large" "$counts" >bench/results/scale.md <<'PY'
import sys, re, datetime, platform, os
results, plans, small, large, counts = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5].split()
rows = {}
for line in open(results):
    label, name, _, *fields = line.split()
    rows.setdefault(name, {})[label] = dict(f.split("=") for f in fields)
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
print("# Does it slow down as the history grows?\n")
print(f"`bench/scale.sh {small} {large}`, {datetime.date.today()}: Release, Production, one instance and PostgreSQL 15 on the same {os.cpu_count()} cores ({cpu}); wrk, 2 threads, 8 connections, after a 3 s warm-up. "
      f"The load agency at the end: {int(counts[0]):,} notes, {int(counts[1]):,} waiting for review, {int(counts[2]):,} candidates (`rl seed load`: about 50 notes a candidate; the queue stays what a working day leaves).\n")
print(f"| request | p95 at {int(small):,} notes, ms | p95 at {int(large):,}, ms | ratio | requests/s at {int(small):,} | at {int(large):,} | errors |")
print("|---|---:|---:|---:|---:|---:|---:|")
names = {"queue-api": "`GET /api/v1/review-queue` (first page)", "queue-page": "`GET /recruiter/queue` (the page, prerendered; its grid's rows then come over the circuit from the API's handler)",
         "candidate-notes-api": "`GET /api/v1/notes` (a candidate's notes)", "candidate-page": "`GET /candidate` (a candidate's home: submissions and notes)"}
for name, label in names.items():
    a, b = rows[name][small], rows[name][large]
    print(f"| {label} | {float(a['p95_ms']):.1f} | {float(b['p95_ms']):.1f} | {float(b['p95_ms'])/float(a['p95_ms']):.2f} | {float(a['rps']):.0f} | {float(b['rps']):.0f} | {int(a['errors'])+int(b['errors'])} |")
print("\n## Query plans at the large size\n")
print("Every statement the two API calls ran (auto_explain, actual times), so the indexes they use can be checked:\n")
print("```")
print(open(plans).read().strip())
print("```")
PY
echo "wrote bench/results/scale.md"
