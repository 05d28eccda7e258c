#!/usr/bin/env bash
# Starts a throw-away PostgreSQL 15 server on a local port for the tests and exports its connection string
# as CONFLICT_TEST_POSTGRES. Source this file, then call postgres_start and (on exit) postgres_stop.
postgres_start() {
  local bin; bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  if [ -z "$bin" ]; then echo "postgres: no server binaries (apt-get install postgresql); PostgreSQL tests will be skipped"; return 0; fi
  PG_DIR=$(mktemp -d /tmp/conflict-pg.XXXXXX)
  chown postgres "$PG_DIR" 2>/dev/null || true
  PG_PORT=${CONFLICT_PG_PORT:-55432}
  local as=""; [ "$(id -u)" = 0 ] && as="runuser -u postgres --"
  $as "$bin/initdb" -D "$PG_DIR/data" -U conflict --auth=trust >/dev/null
  $as "$bin/pg_ctl" -D "$PG_DIR/data" -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off" -l "$PG_DIR/log" -w start >/dev/null
  export PG_BIN=$bin PG_DIR PG_PORT
  export CONFLICT_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=conflict;Database=postgres"
  echo "postgres: started on 127.0.0.1:$PG_PORT"
}
postgres_stop() {
  [ -n "${PG_DIR:-}" ] || return 0
  local as=""; [ "$(id -u)" = 0 ] && as="runuser -u postgres --"
  $as "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
}
