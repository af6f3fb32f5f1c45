#!/usr/bin/env bash
# A throw-away PostgreSQL 15 server for the tests (the ctest fixture ud_pg, tests/sync).
#
#   scripts/pg-test-server.sh start DIR   # initdb, start on 127.0.0.1:<free port>, create uniondesk_test
#   scripts/pg-test-server.sh stop DIR    # stop it and remove its data
#
# `start` first stops and removes whatever a killed earlier run left in DIR. When it returns 0 the
# server accepts connections and DIR/pg.env holds PGHOST, PGPORT, PGUSER and PGDATABASE (KEY=VALUE
# lines; the tests read it through UD_PG_ENV). The cluster trusts every connection from loopback
# and listens nowhere else: it is for tests only, never for data.
#
# PostgreSQL refuses to run as root: as root the server runs as the system user udpgtest (made
# with useradd --system when missing); otherwise it runs as the calling user.
set -euo pipefail

PGBIN=${UD_PGBIN:-/usr/lib/postgresql/15/bin}
PGUSER_NAME=udpgtest
DBNAME=uniondesk_test

die() { echo "pg-test-server: $*" >&2; exit 1; }

usage() { die "usage: $0 start|stop DIR"; }

[ $# -eq 2 ] || usage
action=$1
DIR=$2
[ -n "$DIR" ] || usage
mkdir -p "$DIR"
DIR=$(cd "$DIR" && pwd)

# Runs a command as the user who owns the server.
as_pg() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u "$PGUSER_NAME" -- "$@"
  else
    "$@"
  fi
}

# Where the cluster's data is: DIR/data, or (when the server's user cannot reach DIR, e.g. a build
# tree under root's 0700 home) a private folder under /tmp whose name is kept in DIR/datadir.
data_dir() {
  if [ -f "$DIR/datadir" ]; then
    cat "$DIR/datadir"
  else
    echo "$DIR/data"
  fi
}

stop_server() {
  local data pid
  data=$(data_dir)
  if [ -f "$data/postmaster.pid" ]; then
    pid=$(head -n 1 "$data/postmaster.pid" 2>/dev/null || true)
    if ! as_pg "$PGBIN/pg_ctl" stop -D "$data" -m fast -w -t 20 >/dev/null 2>&1; then
      as_pg "$PGBIN/pg_ctl" stop -D "$data" -m immediate -w -t 10 >/dev/null 2>&1 || true
    fi
    # Last resort, for a server whose pg_ctl no longer answers: the postmaster's own pid.
    if [ -n "${pid:-}" ] && kill -0 "$pid" 2>/dev/null \
        && [ "$(cat "/proc/$pid/comm" 2>/dev/null || true)" = postgres ]; then
      kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
  rm -f "$DIR/pg.env"
  case "$data" in
    "$DIR/data"|/tmp/udpgtest.*) rm -rf "$data" ;;
  esac
  rm -f "$DIR/datadir"
}

free_port() {
  python3 -c 'import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()'
}

start_server() {
  [ -x "$PGBIN/initdb" ] || die "$PGBIN/initdb not found: install the Debian package postgresql (scripts/install-deps.sh)."
  stop_server

  if [ "$(id -u)" -eq 0 ]; then
    if ! id "$PGUSER_NAME" >/dev/null 2>&1; then
      useradd --system --user-group --no-create-home --home-dir /nonexistent \
        --shell /usr/sbin/nologin "$PGUSER_NAME" || die "cannot create the system user $PGUSER_NAME"
    fi
  fi

  local data="$DIR/data"
  mkdir -p "$data"
  chmod 0700 "$data"
  if [ "$(id -u)" -eq 0 ]; then
    chown "$PGUSER_NAME:" "$data"
    if ! as_pg test -w "$data"; then
      rm -rf "$data"
      data=$(mktemp -d /tmp/udpgtest.XXXXXXXX)
      chown "$PGUSER_NAME:" "$data"
      chmod 0700 "$data"
      echo "$data" > "$DIR/datadir"
    fi
  fi

  as_pg "$PGBIN/initdb" -D "$data" -U "$PGUSER_NAME" --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
    --no-sync >"$DIR/initdb.log" 2>&1 || { cat "$DIR/initdb.log" >&2; die "initdb failed"; }

  local port attempt started=0
  for attempt in 1 2 3 4 5; do
    port=$(free_port)
    # Loopback only, no Unix socket (its folder may not be writable), and no durability: the
    # cluster is thrown away after the run.
    if as_pg "$PGBIN/pg_ctl" start -D "$data" -w -t 60 -l "$data/server.log" \
        -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=50" \
        >/dev/null 2>&1; then
      started=1
      break
    fi
    echo "pg-test-server: start on port $port failed (attempt $attempt), trying another port" >&2
    as_pg "$PGBIN/pg_ctl" stop -D "$data" -m immediate -w -t 10 >/dev/null 2>&1 || true
  done
  if [ "$started" -ne 1 ]; then
    tail -n 20 "$data/server.log" >&2 2>/dev/null || true
    die "the server did not start"
  fi

  local i
  for i in $(seq 1 100); do
    if "$PGBIN/pg_isready" -q -h 127.0.0.1 -p "$port" -U "$PGUSER_NAME" -d postgres; then
      break
    fi
    [ "$i" -lt 100 ] || die "the server on port $port does not accept connections"
    sleep 0.1
  done
  "$PGBIN/createdb" -h 127.0.0.1 -p "$port" -U "$PGUSER_NAME" "$DBNAME" || die "createdb $DBNAME failed"

  # Written last, by rename: whoever sees the file can connect.
  cat > "$DIR/pg.env.tmp" <<EOF
PGHOST=127.0.0.1
PGPORT=$port
PGUSER=$PGUSER_NAME
PGDATABASE=$DBNAME
EOF
  mv -f "$DIR/pg.env.tmp" "$DIR/pg.env"
  echo "pg-test-server: PostgreSQL on 127.0.0.1:$port, database $DBNAME, user $PGUSER_NAME ($DIR/pg.env)"
}

case "$action" in
  start) start_server ;;
  stop) stop_server; echo "pg-test-server: stopped ($DIR)" ;;
  *) usage ;;
esac
