#!/usr/bin/env bash
# README command 1: install what is needed, build, create the demo database on first use and
# open UnionDesk on it.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default

DEMO_DIR=build/demo
DEMO_DB=$DEMO_DIR/uniondesk-demo.db
# The demo folder holds a database of (made-up) people and the administrator's password: the
# user's alone, like every file UnionDesk writes.
umask 077
mkdir -p "$DEMO_DIR"
if [ ! -f "$DEMO_DB" ]; then
  echo "Creating the demo database $DEMO_DB ..."
  build/default/app/cli/uniondesk-cli --db "$DEMO_DB" demo --size 500 --seed 2026 | tee "$DEMO_DIR/demo-created.txt"
  echo "(The administrator password is also kept in $DEMO_DIR/demo-created.txt. The command line signs in with it:"
  echo " UD_USER=admin UD_PASSWORD=... build/default/app/cli/uniondesk-cli --db $DEMO_DB check)"
fi

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "UnionDesk is built and the demo database is ready, but this session has no display." >&2
  echo "Start it from a desktop session with: build/default/app/desktop/uniondesk --db $DEMO_DB" >&2
  exit 1
fi
exec build/default/app/desktop/uniondesk --db "$DEMO_DB" "$@"
