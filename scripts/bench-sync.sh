#!/usr/bin/env bash
# The sync benchmark beside its peers (issue 13, bench/README.md "bench_sync"), in one run:
#  1. the peers' run-all.sh (PouchDB local and -> express-pouchdb, SQLite changesets, PostgreSQL 15
#     logical replication) from a scratch copy of /work/shared/bench/peers (never edited);
#  2. UnionDesk: a station database loaded with the same cases.jsonl, pushed to uniondesk-hub on
#     loopback behind the peers' byte-counting proxy (tcpcount.js): initial push, edits.jsonl,
#     the incremental push, a no-op run; wall time, requests, wire bytes, peak RSS of station
#     (each stage one process under /usr/bin/time) and hub;
#  3. SIGKILL of the station at about half of an initial push to a second hub, then a second
#     run: how many records went again;
#  4. one table and the issue's ratios.
# Usage: scripts/bench-sync.sh [N=100000] [EDITS=1000]
# Env: BUILD (build folder with bench/bench_sync and app/hub/uniondesk-hub; default build),
#      WORK (scratch folder; default a new one under /tmp, kept), PEERS (default
#      /work/shared/bench/peers), SKIP_PEERS=1 (only UnionDesk; the workload is generated),
#      PORT (hub port, default 58443; PORT+1 the second hub, PORT+100 the proxy).
# Needs root for the peers' PostgreSQL stage (run-all.sh uses runuser), node/npm, openssl,
# sqlite3, bc, /usr/bin/time.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
N=${1:-100000}; E=${2:-1000}
BUILD=$(cd "${BUILD:-$ROOT/build}" && pwd)
PEERS=${PEERS:-/work/shared/bench/peers}
WORK=${WORK:-$(mktemp -d /tmp/bench-sync.XXXXXX)}; mkdir -p "$WORK"; WORK=$(cd "$WORK" && pwd)
PORT=${PORT:-58443}; PORT2=$((PORT + 1)); PPORT=$((PORT + 100))
BENCH=$BUILD/bench/bench_sync; HUBBIN=$BUILD/app/hub/uniondesk-hub
T='{"time_s":%e,"maxrss_kb":%M,"cpu":"%P"}'
for f in "$BENCH" "$HUBBIN"; do [ -x "$f" ] || { echo "missing $f: build bench_sync and uniondesk-hub" >&2; exit 1; }; done
echo "scratch: $WORK; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"

# --- 1. peers ---------------------------------------------------------------------------
[ -d "$WORK/peers" ] || cp -a "$PEERS" "$WORK/peers"
cd "$WORK/peers"
[ -d node_modules ] || npm install --no-audit --no-fund >/dev/null 2>&1
if [ "${SKIP_PEERS:-0}" = 1 ]; then
  mkdir -p data; [ -s data/cases.jsonl ] || node gen.js "$N" "$E" data
  : > peers.jsonl
else
  rm -f results-*.jsonl
  bash run-all.sh "$N" "$E"
  cp "$(ls -t results-*.jsonl | head -1)" peers.jsonl
fi
PEERS_LOAD="$(cut -d' ' -f1-3 /proc/loadavg)"
DATA=$WORK/peers/data

# --- 2. UnionDesk ------------------------------------------------------------------------
cd "$WORK"
OUT=$WORK/uniondesk.jsonl; : > "$OUT"
log() { tee -a "$OUT"; }
export XDG_DATA_HOME=$WORK/xdg XDG_CONFIG_HOME=$WORK/xdg-config   # the node's keys stay in here
rm -rf hubA hubB station kill pristine.db "$XDG_DATA_HOME"
make_hub() { # DIR PORT
  mkdir -p "$1"
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 30 -subj /CN=127.0.0.1 \
    -addext subjectAltName=IP:127.0.0.1 -keyout "$1/hub.key" -out "$1/hub.crt" 2>/dev/null
  "$BENCH" --stages init-hub --hub-dir "$1" --port "$2" >/dev/null
}
start_hub() { # DIR PORT TIMEFILE -> HUBTIME (pid of /usr/bin/time), HUBPID
  /usr/bin/time -f "$T" -o "$3" "$HUBBIN" --config "$1/hub.conf" >"$1/hub.log" 2>&1 & HUBTIME=$!
  for _ in $(seq 100); do curl -sk -o /dev/null "https://127.0.0.1:$2/" && break; sleep 0.1; done
  HUBPID=$(pgrep -P "$HUBTIME")
}
stop_hub() { kill -TERM "$HUBPID"; wait "$HUBTIME" || true; }
wire() { sleep 0.5; cat "$WORK/udwire.json"; }
run() { /usr/bin/time -f "$T" "$BENCH" "$@" 2>&1 | log; }

make_hub hubA "$PORT"
start_hub hubA "$PORT" "$WORK/hubA-time.json"
node "$WORK/peers/tcpcount.js" "$PPORT" "$PORT" "$WORK/udwire.json" & PRX=$!; sleep 1
URL=https://127.0.0.1:$PPORT
COMMON=(--dir "$WORK/station" --hub "$URL" --certificate "$WORK/hubA/hub.crt" --hub-config "$WORK/hubA/hub.conf")
run --stages load --dir "$WORK/station" --cases "$DATA/cases.jsonl"
cp "$WORK/station/station.db" pristine.db
run --stages enroll "${COMMON[@]}"
echo "{\"wire\":\"before_initial\",\"bytes\":$(wire)}" | log
run --stages initial "${COMMON[@]}"
echo "{\"wire\":\"after_initial\",\"bytes\":$(wire)}" | log
run --stages edit --dir "$WORK/station" --edits "$DATA/edits.jsonl"
run --stages incremental "${COMMON[@]}"
echo "{\"wire\":\"after_incremental\",\"bytes\":$(wire)}" | log
run --stages noop "${COMMON[@]}"
echo "{\"wire\":\"after_noop\",\"bytes\":$(wire)}" | log
echo "{\"hub_records\":$(sqlite3 hubA/hub.db 'select count(*) from hub_records'),\"hub_batches\":$(sqlite3 hubA/hub.db 'select count(*) from hub_batches')}" | log
stop_hub; kill -TERM "$PRX"; wait "$PRX" 2>/dev/null || true
echo "{\"hub\":\"A\",\"time\":$(tail -1 "$WORK/hubA-time.json")}" | log

# --- 3. SIGKILL at about half of an initial push -----------------------------------------
make_hub hubB "$PORT2"
start_hub hubB "$PORT2" "$WORK/hubB-time.json"
mkdir -p kill; cp pristine.db kill/station.db
KC=(--dir "$WORK/kill" --hub "https://127.0.0.1:$PORT2" --certificate "$WORK/hubB/hub.crt" --hub-config "$WORK/hubB/hub.conf")
"$BENCH" --stages enroll "${KC[@]}" >/dev/null
"$BENCH" --stages push "${KC[@]}" > kill/push.jsonl 2>&1 & KPID=$!
count() { sqlite3 hubB/hub.db "select count(*) from $1" 2>/dev/null || echo 0; }
until [ "$(count hub_records)" -ge $((N / 2)) ] || ! kill -0 $KPID 2>/dev/null; do sleep 0.05; done
AT=$(count hub_records); kill -KILL $KPID; wait $KPID 2>/dev/null || true; sleep 1
H1=$(count hub_records); B1=$(count hub_batches)
"$BENCH" --stages resume "${KC[@]}" | tee kill/resume.jsonl
H2=$(count hub_records); B2=$(count hub_batches)
P=$(python3 -c 'import json,sys; print(json.loads(open(sys.argv[1]).readline())["records"])' kill/resume.jsonl)
echo "{\"kill\":{\"hub_records_seen_at_kill\":$AT,\"hub_records_after_kill\":$H1,\"hub_batches_after_kill\":$B1,\"second_run_records\":$P,\"hub_records_after_second\":$H2,\"hub_batches_after_second\":$B2,\"sent_again\":$((P - (H2 - H1)))}}" | log
stop_hub
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg) (after peers: $PEERS_LOAD)"

# --- 4. the table ------------------------------------------------------------------------
python3 "$ROOT/scripts/bench-sync-table.py" "$WORK/peers/peers.jsonl" "$OUT" "$N" "$E"
