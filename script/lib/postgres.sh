# Helpers for the private PostgreSQL clusters that script/server and script/test run.
# Sourced, not executed. The server runs as the `postgres` user when the caller is root,
# because initdb refuses to run as root.

PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}

pg_as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# pg_start DATA_DIR PORT: initialise the cluster if needed and start it on 127.0.0.1:PORT.
pg_start() {
  local dir=$1 port=$2
  if [ ! -x "$PG_BIN/pg_ctl" ]; then
    echo "PostgreSQL server binaries not found (looked in /usr/lib/postgresql/*/bin); run script/bootstrap." >&2
    return 1
  fi
  mkdir -p "$dir"
  if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$dir"; fi
  if [ ! -f "$dir/PG_VERSION" ]; then
    pg_as_owner "$PG_BIN/initdb" -D "$dir" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir.initdb.log" 2>&1 \
      || { cat "$dir.initdb.log" >&2; return 1; }
  fi
  pg_as_owner "$PG_BIN/pg_ctl" -D "$dir" -w -t 30 -l "$dir/server.log" \
    -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories='$dir' -c max_connections=300 -c fsync=off -c full_page_writes=off" \
    start >/dev/null || { tail -n 20 "$dir/server.log" >&2; return 1; }
}

# pg_stop DATA_DIR: stop the cluster quickly; quiet when it is not running.
pg_stop() {
  local dir=$1
  [ -f "$dir/postmaster.pid" ] || return 0
  pg_as_owner "$PG_BIN/pg_ctl" -D "$dir" -m fast -w stop >/dev/null 2>&1 || true
}

# pg_free_port: a TCP port nobody listens on.
pg_free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

# pg_create_db PORT NAME: create a database when it does not exist.
pg_create_db() {
  local port=$1 name=$2
  if ! psql -h 127.0.0.1 -p "$port" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname='$name'" postgres | grep -q 1; then
    psql -h 127.0.0.1 -p "$port" -U postgres -qc "CREATE DATABASE \"$name\"" postgres
  fi
}

# pg_ensure_dev DATA_DIR PORT: the developer's private cluster (script/server, script/cluster):
# reuse it when it is already running, otherwise start it and set started_postgres=yes so the
# caller stops it again. Creates the recruiter_liaison database.
pg_ensure_dev() {
  local dir=$1 port=$2
  if [ -f "$dir/postmaster.pid" ] && pg_as_owner "$PG_BIN/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
    echo "Reusing the PostgreSQL already running in $dir" >&2
  else
    echo "Starting PostgreSQL in $dir on 127.0.0.1:$port" >&2
    pg_start "$dir" "$port"
    started_postgres=yes
  fi
  pg_create_db "$port" recruiter_liaison
}
