# Shared by the bench/ scripts. Sourced, not executed; expects to run from the repository root
# after script/bootstrap, with script/lib/postgres.sh sourced.

# bench_postgres: a private cluster on a free port for this run ($bench_pg, $bench_pg_port),
# stopped by bench_cleanup. fsync is off (script/lib/postgres.sh): write figures are upper bounds.
bench_postgres() {
  bench_pg=$(mktemp -d /tmp/rl-bench-pg.XXXXXX); rmdir "$bench_pg"
  bench_pg_port=$(pg_free_port)
  pg_start "$bench_pg" "$bench_pg_port"
  pg_create_db "$bench_pg_port" bench
  export ConnectionStrings__Default="Host=127.0.0.1;Port=$bench_pg_port;Database=bench;Username=postgres;Maximum Pool Size=100"
}

# bench_publish DIR: the web app and rl, Release, into DIR/web and DIR/cli.
bench_publish() {
  dotnet publish src/RecruiterLiaison.Web -c Release -o "$1/web" --nologo -v q >/dev/null
  dotnet publish src/RecruiterLiaison.Cli -c Release -o "$1/cli" --nologo -v q >/dev/null
}

# bench_start_app DIR LOG: the published app in Production on a free port ($bench_app_url,
# $bench_app_pid), with the limits that would otherwise stop a load generator and no background jobs.
bench_start_app() {
  local port; port=$(pg_free_port)
  bench_app_url=http://127.0.0.1:$port
  (cd "$1/web" && ASPNETCORE_ENVIRONMENT=Production RateLimits__ApiPerMinute=100000000 RateLimits__NoteSubmissionsPerMinute=100000000 \
    RateLimits__SignInPerMinute=100000 Jobs__Enabled=false exec dotnet RecruiterLiaison.Web.dll --urls "$bench_app_url" >"$2" 2>&1) &
  bench_app_pid=$!
  for _ in $(seq 1 240); do curl -fs "$bench_app_url/health/ready" >/dev/null 2>&1 && return 0; sleep 0.5; done
  echo "the app did not become ready; see $2" >&2
  return 1
}

bench_stop_app() {
  if [ -n "${bench_app_pid:-}" ]; then kill "$bench_app_pid" 2>/dev/null || true; wait "$bench_app_pid" 2>/dev/null || true; bench_app_pid=; fi
}

bench_cleanup() {
  bench_stop_app
  if [ -n "${bench_pg:-}" ]; then pg_stop "$bench_pg"; rm -rf "$bench_pg" "$bench_pg.initdb.log"; fi
}

# bench_cookie URL EMAIL: signs in through the sign-in form as a browser does; prints the Cookie header value.
bench_cookie() {
  local jar; jar=$(mktemp)
  local token
  token=$(curl -fsS -c "$jar" "$1/Account/Login" | grep -o 'name="__RequestVerificationToken"[^>]*value="[^"]*"' | head -n1 | sed 's/.*value="\([^"]*\)"/\1/')
  curl -fsS -b "$jar" -c "$jar" -o /dev/null -X POST "$1/Account/Login" \
    --data-urlencode "Input.Email=$2" --data-urlencode "Input.Password=Demo-pass-1" \
    --data-urlencode "__RequestVerificationToken=$token" --data-urlencode "_handler=login"
  # HttpOnly cookies (the sign-in one) are written as "#HttpOnly_host ..." lines.
  sed 's/^#HttpOnly_//' "$jar" | awk '!/^#/ && NF >= 7 { printf "%s%s=%s", sep, $6, $7; sep="; " }'
  rm -f "$jar"
}

# bench_wrk URL PATH [wrk options...]: prints wrk's RESULT line (bench/wrk/measure.lua).
bench_wrk() {
  local url=$1 path=$2; shift 2
  wrk "$@" -s bench/wrk/measure.lua "$url$path" | grep '^RESULT'
}
