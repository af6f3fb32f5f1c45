#!/usr/bin/env bash
# A district hub forwarding N records to its city hub (issue 13 item 13; bench/README.md
# "bench_forward"), in one run:
#  1. a city hub (110000) and a district hub (110105, [parent] = the city) made with
#     bench_forward init-hub (self-signed loopback certificates by openssl);
#  2. the district's hub_records filled with N of the peers' cases (gen.js's generator, in
#     bench_forward) from K stations, untimed;
#  3. the city as a real uniondesk-hub process; the district enrolled there and approved as hub;
#  4. the forwarding in a process of its own: `bench_forward --stages forward` (HubUplink::runAndWait,
#     as `uniondesk-cli hub forward`), or with MODE=hub the district as a real uniondesk-hub
#     whose [parent] forwarding starts a second after start;
#  5. that process's VmRSS/VmHWM (/proc/PID/status) sampled every 0.1 s against the district's
#     hub_parent.pushed_seq (records the city acknowledged); a row every STEP % of N, a table, the
#     peak at 10 % against the peak at 100 %, records/s; the city's hub_records counted at the end.
# Usage: scripts/bench-forward.sh [N=100000] [K=8]
# Env: BUILD (build folder with bench/bench_forward and app/hub/uniondesk-hub; default
#      build/default, else build), WORK (scratch folder; default a new one under /tmp, kept),
#      PORT (city port, default 58643; PORT+1 the district in MODE=hub), MODE (stage|hub),
#      STEP (percent between table rows, default 5), KEEP_DB=1 (keep the databases; by default
#      they are removed at the end: ~4.2 GB per million records each).
# Needs openssl, curl, python3 (its sqlite3 module), /usr/bin/time.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
N=${1:-100000}; K=${2:-8}
if [ -z "${BUILD:-}" ]; then BUILD=$ROOT/build/default; [ -d "$BUILD" ] || BUILD=$ROOT/build; fi
BUILD=$(cd "$BUILD" && pwd)
WORK=${WORK:-$(mktemp -d /tmp/bench-forward.XXXXXX)}; mkdir -p "$WORK"; WORK=$(cd "$WORK" && pwd)
PORT=${PORT:-58643}; PORT2=$((PORT + 1)); MODE=${MODE:-stage}; STEP=${STEP:-5}
BENCH=$BUILD/bench/bench_forward; HUBBIN=$BUILD/app/hub/uniondesk-hub
T='{"time_s":%e,"maxrss_kb":%M,"cpu":"%P","user_s":%U,"sys_s":%S}'
for f in "$BENCH" "$HUBBIN"; do [ -x "$f" ] || { echo "missing $f: build bench_forward and uniondesk-hub" >&2; exit 1; }; done
echo "scratch: $WORK; N=$N, K=$K stations, mode $MODE; $(date -u '+%F %T UTC'); load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
cd "$WORK"
rm -rf city district out.jsonl samples.tsv steps.tsv
OUT=$WORK/out.jsonl; : > "$OUT"
log() { tee -a "$OUT"; }
export XDG_DATA_HOME=$WORK/xdg XDG_CONFIG_HOME=$WORK/xdg-config

cert() { # DIR
  mkdir -p "$1"
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 30 -subj /CN=127.0.0.1 \
    -addext subjectAltName=IP:127.0.0.1 -keyout "$1/hub.key" -out "$1/hub.crt" 2>/dev/null
}
wait_up() { # PORT
  for _ in $(seq 200); do curl -sk -o /dev/null "https://127.0.0.1:$1/" && return 0; sleep 0.1; done
  echo "the hub on port $1 did not start" >&2; return 1
}

# --- 1. the two hubs -------------------------------------------------------------------------
cert city; cert district
"$BENCH" --stages init-hub --hub-dir city --port "$PORT" --unit 110000 >/dev/null
"$BENCH" --stages init-hub --hub-dir district --port "$PORT2" --unit 110105 \
  --parent "https://127.0.0.1:$PORT" --parent-certificate city/hub.crt --parent-interval 86400 >/dev/null

# --- 2. the district's records (untimed set-up) ----------------------------------------------
/usr/bin/time -f "$T" -o fill-time.json "$BENCH" --stages fill --hub-config district/hub.conf --records "$N" --stations "$K" | log
echo "{\"fill_time\":$(cat fill-time.json),\"district_db_bytes\":$(stat -c %s district/hub.db)}" | log

# --- 3. the city, the district enrolled there --------------------------------------------------
/usr/bin/time -f "$T" -o city-time.json "$HUBBIN" --config city/hub.conf >city/hub.log 2>&1 & CITYTIME=$!
wait_up "$PORT"; CITYPID=$(pgrep -P "$CITYTIME")
trap 'kill -TERM "$CITYPID" 2>/dev/null || true' EXIT   # the city never outlives a failed run
"$BENCH" --stages enroll --hub-config district/hub.conf --parent-config city/hub.conf | log

# --- 4./5. forwarding, sampled ------------------------------------------------------------------
LOAD0=$(cut -d' ' -f1-3 /proc/loadavg)
if [ "$MODE" = hub ]; then
  CMD=("$HUBBIN" --config district/hub.conf); FOUT=district/hub.log
else
  CMD=("$BENCH" --stages forward --hub-config district/hub.conf); FOUT=forward.jsonl
fi
# The sampler starts the forwarding process itself, so its clock and its samples begin with it.
python3 - "$WORK/district/hub.db" "$N" "$STEP" "$CITYPID" "$MODE" "$FOUT" "${CMD[@]}" <<'PY' | log
import json, signal, sqlite3, subprocess, sys, time
db, n, step, city, mode, fout = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]), sys.argv[5], sys.argv[6]
def status(p):
    try:
        with open(f"/proc/{p}/status") as f:
            d = {l.split(':')[0]: l.split(':')[1].split()[0] for l in f if l.startswith(('VmRSS', 'VmHWM'))}
        return int(d['VmRSS']), int(d['VmHWM'])
    except (OSError, KeyError):
        return None
con = sqlite3.connect(db, timeout=30)
def pushed():
    try:
        r = con.execute("SELECT pushed_seq FROM hub_parent").fetchone()
        return r[0] if r else 0
    except sqlite3.OperationalError:
        return None
series = open("samples.tsv", "w"); steps = open("steps.tsv", "w")
series.write("elapsed_s\tforwarded\trss_kb\thwm_kb\tcity_rss_kb\tload1\n"); steps.write("forwarded\telapsed_s\trss_kb\thwm_kb\tload1\n")
start = time.time()
proc = subprocess.Popen(sys.argv[7:], stdout=open(fout, "w"), stderr=subprocess.STDOUT if mode == "hub" else open("forward.err", "w"))
nxt = step; last = 0; st_last = None; end_hwm = None
while True:
    st = status(proc.pid) if proc.poll() is None else None
    p = pushed()
    p = last if p is None else p
    last = p
    el = time.time() - start
    load = open("/proc/loadavg").read().split()[0]
    if st is None:
        # The process ended (the pull after the last batch can be quicker than a sample): a row
        # still missing gets the last sample's memory, marked "exit".
        if p >= nxt * n / 100 and nxt <= 100 and st_last:
            steps.write(f"{p}\t{el:.2f}\t{st_last[0]}\t{st_last[1]}\texit\n")
        break
    st_last = st
    cs = status(city)
    series.write(f"{el:.2f}\t{p}\t{st[0]}\t{st[1]}\t{cs[0] if cs else ''}\t{load}\n")
    if p >= nxt * n / 100 and nxt <= 100:
        steps.write(f"{p}\t{el:.2f}\t{st[0]}\t{st[1]}\t{load}\n"); steps.flush()
        while p >= nxt * n / 100 and nxt <= 100:
            nxt += step
    if mode == "hub" and p >= n:
        time.sleep(2)  # the pull after the last batch
        end_hwm = status(proc.pid)
        proc.send_signal(signal.SIGTERM)
        break
    time.sleep(0.1)
rc = proc.wait()
series.close(); steps.close()
print(json.dumps({"sampler": "done", "mode": mode, "rc": rc, "forwarded": last, "elapsed_s": round(time.time() - start, 2),
                  "hub_end_rss_kb": end_hwm[0] if end_hwm else None, "hub_end_hwm_kb": end_hwm[1] if end_hwm else None}))
PY
if [ "$MODE" != hub ]; then
  [ -s forward.err ] && { echo "forward stage stderr:"; cat forward.err; }
  cat forward.jsonl | log
fi
LOAD1=$(cut -d' ' -f1-3 /proc/loadavg)
CITYREC=$(sqlite3 city/hub.db 'select count(*) from hub_records')
CITYBAT=$(sqlite3 city/hub.db 'select count(*) from hub_batches')
kill -TERM "$CITYPID"; wait "$CITYTIME" || true
echo "{\"city_hub_records\":$CITYREC,\"city_hub_batches\":$CITYBAT,\"city_time\":$(tail -1 city-time.json),\"load_before_forward\":\"$LOAD0\",\"load_after_forward\":\"$LOAD1\"}" | log
echo "load average at end: $LOAD1 ($(date -u '+%F %T UTC'))"

# --- the table -------------------------------------------------------------------------------
python3 - "$WORK" "$N" <<'PY'
import json, sys
work, n = sys.argv[1], int(sys.argv[2])
rows = [l.split('\t') for l in open(f"{work}/steps.tsv").read().splitlines()[1:]]
fwd = [json.loads(l) for l in open(f"{work}/out.jsonl") if '"stage":"forward"' in l]
print(f"\n| records forwarded | elapsed s | RSS MB | peak (VmHWM) MB | load |\n|---:|---:|---:|---:|---:|")
for r in rows:
    print(f"| {int(r[0]):,} | {float(r[1]):.1f} | {int(r[2])/1024:.1f} | {int(r[3])/1024:.1f} | {r[4]} |")
def at(pct):
    ok = [r for r in rows if int(r[0]) >= pct * n / 100]
    return ok[0] if ok else None
r10, r100 = at(10), at(100)
if r10 and r100:
    h10, h100 = int(r10[3]) / 1024, int(r100[3]) / 1024
    rs10, rs100 = int(r10[2]) / 1024, int(r100[2]) / 1024
    secs = float(r100[1]) - float(r10[1])
    print(f"\npeak RSS (VmHWM) at 10 %: {h10:.1f} MB, at 100 %: {h100:.1f} MB, ratio {h100 / h10:.3f}; "
          f"RSS {rs10:.1f} -> {rs100:.1f} MB")
    print(f"records/s: {int(r100[0]) / float(r100[1]):,.0f} overall (sampler clock), "
          f"{(int(r100[0]) - int(r10[0])) / secs:,.0f} from 10 % to 100 %")
for f in fwd:
    print(f"forward stage: {f['records']:,} records in {f['batches']} batches, {f['time_s']:.1f} s, "
          f"{f['records'] / f['time_s']:,.0f} records/s, CPU {f['cpu_s']:.1f} s, refused {f['refused']}, "
          f"peak RSS {f['peak_rss_kb'] / 1024:.1f} MB; SQLite {f.get('sqlite')}")
PY
if [ "${KEEP_DB:-0}" != 1 ]; then rm -f city/hub.db* district/hub.db*; fi
