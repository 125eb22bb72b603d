#!/usr/bin/env bash
# The performance budget in one command: start-up, memory, idle CPU and the server CPU per request of the public pages,
# each beside a bare Kestrel app measured in the same run, then every other benchmark script in turn. Prints one table
# (bar / measured / pass, with the machine's load) and writes it into docs/performance.md with commit and date.
#
#   bench/run-all.sh                       # budget + every benchmark script (about 15 minutes)
#   BENCH_SUITES= bench/run-all.sh         # the budget alone (about 4 minutes)
#
# Every request figure is taken on a warm, idle app: after /health/ready says Healthy (search index built), the script
# waits until the process uses less than 5 % of a core for 3 s in a row, then warms each address up before measuring.
# CPU time per request comes from /proc/PID/stat (user + system of the server process), which a busy machine disturbs
# far less than requests/s. Instruction counts are taken with `perf stat` where the machine offers hardware counters.
#
# Knobs: BENCH_OUT (bench/.out), BENCH_SKIP_BUILD=1 (reuse the publish), BENCH_STARTS (3), BENCH_WARMUP (10s per address),
#        BENCH_DURATION (10s), BENCH_CONNECTIONS (64), BENCH_THREADS (2), BENCH_IDLE_SECONDS (20),
#        BENCH_SUITES ("foundation sso help-eval help-search ckan datastore events two-nodes"), BENCH_WRITE_DOC (1: update docs/performance.md).
# The scripts in BENCH_SUITES reuse this script's publish (bench/.out/app); each still works on its own.
# Exit 1 when a bar is missed, 2 when a tool or the build is missing. Loopback only; every process is stopped on exit.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=bench/lib/settle.sh
. "$ROOT/bench/lib/settle.sh"
OUT="${BENCH_OUT:-$ROOT/bench/.out}"
STARTS="${BENCH_STARTS:-3}"
WARMUP="${BENCH_WARMUP:-10s}"
DURATION="${BENCH_DURATION:-10s}"
CONNECTIONS="${BENCH_CONNECTIONS:-64}"
THREADS="${BENCH_THREADS:-2}"
IDLE_SECONDS="${BENCH_IDLE_SECONDS:-20}"
SUITES="${BENCH_SUITES-foundation sso help-eval help-search ckan datastore events two-nodes}"
HOST=127.0.0.1
APP_DIR="$OUT/app"
BASE_DIR="$OUT/baseline"
SCRATCH="$(mktemp -d "${TMPDIR:-/tmp}/smartregion-budget.XXXXXX")"
PIDS=()
ROWS=()
FAILED=0

cleanup() {
  local pid
  for pid in "${PIDS[@]:-}"; do
    [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null && { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }
  done
  rm -rf "$SCRATCH"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
log() { printf '%s\n' "$*" >&2; }
for tool in dotnet curl awk wrk; do command -v "$tool" >/dev/null || { log "missing tool: $tool"; exit 2; }; done

free_port() {
  local port
  for _ in $(seq 1 200); do
    port=$(( 20000 + RANDOM % 30000 ))
    (exec 3<>"/dev/tcp/$HOST/$port") 2>/dev/null || { echo "$port"; return 0; }
  done
  log "no free port found"; exit 2
}

# row NAME BAR MEASURED VERDICT -> one line of the table
row() { ROWS+=("| $1 | $2 | $3 | $4 |"); [[ "$4" != FAIL ]] || FAILED=1; log "   $1: $3 ($2) $4"; }
# judge VALUE OP TARGET -> PASS or FAIL
judge() { awk -v v="$1" -v t="$3" -v op="$2" 'BEGIN { ok = (op == "le") ? (v <= t) : (v >= t); print ok ? "PASS" : "FAIL" }'; }
median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
rss_mb() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

# ---------------------------------------------------------------- build
if [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
  log "== publishing the app (Release, linux-x64, ReadyToRun) and the bare Kestrel baseline into $OUT"
  rm -rf "$APP_DIR" "$BASE_DIR"
  dotnet publish "$ROOT/src/SmartRegion.Web/SmartRegion.Web.csproj" -c Release -r linux-x64 --self-contained false -o "$APP_DIR" --nologo -v quiet \
    >"$SCRATCH/publish.log" 2>&1 || { cat "$SCRATCH/publish.log" >&2; exit 2; }
  dotnet publish "$ROOT/bench/Baseline/Baseline.csproj" -c Release -o "$BASE_DIR" --nologo -v quiet >>"$SCRATCH/publish.log" 2>&1 \
    || { cat "$SCRATCH/publish.log" >&2; exit 2; }
fi
[[ -f "$APP_DIR/SmartRegion.Web.dll" && -f "$BASE_DIR/Baseline.dll" ]] || { log "publish output missing in $OUT"; exit 2; }
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
log "== $(machine_line)"

# start_app DATA PORT LOG [ENV...] -> APP_PID
start_app() {
  local data="$1" port="$2" logfile="$3"; shift 3
  (cd "$APP_DIR" && exec env Storage__DataPath="$data" DOTNET_NOLOGO=1 RateLimits__AnonymousReadsPerMinute=100000000 "$@" dotnet "$APP_DIR/SmartRegion.Web.dll" --urls "http://$HOST:$port") >"$logfile" 2>&1 &
  APP_PID=$!; PIDS+=("$APP_PID")
}
stop_pid() { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }
# wait_for URL PID BODY_PREFIX T0_MS -> ms from T0 until URL answers 200 and its body starts with BODY_PREFIX
wait_for() {
  local url="$1" pid="$2" prefix="$3" t0="$4" body
  while :; do
    if body=$(curl -s -f --max-time 1 "$url" 2>/dev/null) && [[ "$body" == "$prefix"* ]]; then echo $(( $(now_ms) - t0 )); return 0; fi
    kill -0 "$pid" 2>/dev/null || { log "process $pid exited"; return 1; }
    (( $(now_ms) - t0 > 120000 )) && { log "no answer from $url after 120 s"; return 1; }
    sleep 0.01
  done
}

# ---------------------------------------------------------------- 1. start-up, memory, idle CPU
log "== start-up: $STARTS first starts (fresh data folder) and warm restarts, published app, embedded profile"
FIRST=(); WARM=(); FIRST_FULL=(); RSS=(); IDLE_FIRST=""; IDLE_WARM=""
for i in $(seq 1 "$STARTS"); do
  data="$SCRATCH/data-$i"; mkdir -p "$data"
  for kind in first warm; do
    port=$(free_port); t0=$(now_ms)
    start_app "$data" "$port" "$SCRATCH/start-$kind-$i.log"
    ms=$(wait_for "http://$HOST:$port/health/ready" "$APP_PID" "" "$t0") || { tail -20 "$SCRATCH/start-$kind-$i.log" >&2; exit 1; }
    cpu0=$(cpu_ticks "$APP_PID")
    full=$(wait_for "http://$HOST:$port/health/ready" "$APP_PID" "Healthy" "$t0") || { tail -20 "$SCRATCH/start-$kind-$i.log" >&2; exit 1; }
    for p in / /gemeinden /hilfe /health/ready /health/live; do curl -s -o /dev/null "http://$HOST:$port$p"; done
    RSS+=("$(rss_mb "$APP_PID")")
    if (( i == 1 )); then
      # CPU the app spends on its own in the first IDLE_SECONDS after ready (index, outbox, timers; the 5 requests above included)
      elapsed=$(( $(now_ms) - t0 - ms )); rest=$(( IDLE_SECONDS * 1000 - elapsed )); (( rest > 0 )) && sleep "$(awk -v r="$rest" 'BEGIN { print r / 1000 }')"
      idle=$(awk -v d=$(( $(cpu_ticks "$APP_PID") - cpu0 )) -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.2f", d / hz }')
      if [[ $kind == first ]]; then IDLE_FIRST=$idle; else IDLE_WARM=$idle; fi
    fi
    stop_pid "$APP_PID"
    if [[ $kind == first ]]; then FIRST+=("$ms"); FIRST_FULL+=("$full"); else WARM+=("$ms"); fi
    log "   run $i $kind: ready ${ms} ms, search index ready ${full} ms, RSS ${RSS[-1]} MB"
  done
done
first_med=$(echo "${FIRST[*]}" | median); warm_med=$(echo "${WARM[*]}" | median); full_med=$(echo "${FIRST_FULL[*]}" | median)
rss_max=$(printf '%s\n' "${RSS[@]}" | sort -n | tail -1)
row "first start → \`/health/ready\` (create, migrate, seed), median of $STARTS" "≤ 2000 ms" "$first_med ms (${FIRST[*]})" "$(judge "$first_med" le 2000)"
row "warm restart → \`/health/ready\`, median of $STARTS" "≤ 1500 ms" "$warm_med ms (${WARM[*]})" "$(judge "$warm_med" le 1500)"
row "first start → search index built (ready says Healthy)" "–" "$full_med ms (${FIRST_FULL[*]})" "–"
row "RSS after ready + 5 requests, worst of $(( STARTS * 2 ))" "≤ 200 MB" "$rss_max MB" "$(judge "$rss_max" le 200)"
row "CPU in the ${IDLE_SECONDS} s after ready, first start (index build included)" "≤ 2 s" "$IDLE_FIRST s" "$(judge "$IDLE_FIRST" le 2)"
row "CPU in the ${IDLE_SECONDS} s after ready, warm restart" "≤ 0.5 s" "$IDLE_WARM s" "$(judge "$IDLE_WARM" le 0.5)"

# ---------------------------------------------------------------- 2. server CPU per request on a warm, idle app
HZ=$(getconf CLK_TCK)
PERF_OK=0
if command -v perf >/dev/null && perf stat -x, -e instructions:u -- true 2>&1 | grep -q '^[0-9]'; then PERF_OK=1; fi
# measure PID URL LABEL [LUA] -> sets RPS CPU_US INS_K (instructions per request in thousands, "n/a" without counters)
measure() {
  local pid="$1" url="$2" label="$3" t0 t1 n script=() perf_pid=""
  [[ -n "${4:-}" ]] && script=(-s "$4")
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "${script[@]}" "$url" >/dev/null 2>&1 || true
  wait_idle "$pid" 30 >/dev/null || true
  t0=$(cpu_ticks "$pid")
  if (( PERF_OK )); then perf stat -x, -e instructions:u -o "$SCRATCH/perf-$label.txt" -p "$pid" -- sleep "${DURATION%s}" >/dev/null 2>&1 & perf_pid=$!; fi
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "${script[@]}" "$url" >"$OUT/wrk-budget-$label.txt" 2>&1
  # Only perf is waited for: a bare `wait` would wait for the servers this script started, and never return.
  t1=$(cpu_ticks "$pid"); [[ -n "$perf_pid" ]] && { wait "$perf_pid" || true; }
  n=$(awk '/requests in/ { print $1; exit }' "$OUT/wrk-budget-$label.txt")
  RPS=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$OUT/wrk-budget-$label.txt")
  CPU_US=$(awk -v d=$(( t1 - t0 )) -v n="${n:-0}" -v hz="$HZ" 'BEGIN { printf "%.0f", (n > 0) ? d * 1e6 / hz / n : 0 }')
  INS_K="n/a"
  if (( PERF_OK )) && [[ -f "$SCRATCH/perf-$label.txt" ]]; then
    INS_K=$(awk -F, -v n="${n:-0}" '/instructions/ && $1 ~ /^[0-9]/ { printf "%.0f", $1 / n / 1000 }' "$SCRATCH/perf-$label.txt")
  fi
  local bad; bad=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' "$OUT/wrk-budget-$label.txt")
  [[ -z "$bad" ]] || { log "   ! $label: $bad non-2xx answers"; FAILED=1; }
  log "   $label: $RPS req/s, $CPU_US µs CPU/request, ${INS_K}k instructions/request"
}

log "== server CPU per request: wrk -t$THREADS -c$CONNECTIONS, ${WARMUP} warm-up then ${DURATION} per address, one server at a time"
port=$(free_port)
(cd "$BASE_DIR" && exec env DOTNET_NOLOGO=1 dotnet "$BASE_DIR/Baseline.dll" --urls "http://$HOST:$port") >"$SCRATCH/baseline.log" 2>&1 &
BASE_PID=$!; PIDS+=("$BASE_PID")
wait_for "http://$HOST:$port/" "$BASE_PID" "" "$(now_ms)" >/dev/null || exit 1
measure "$BASE_PID" "http://$HOST:$port/" baseline
base_rps=$RPS; base_cpu=$CPU_US; base_ins=$INS_K
stop_pid "$BASE_PID"

data="$SCRATCH/data-load"; mkdir -p "$data"; port=$(free_port)
start_app "$data" "$port" "$SCRATCH/app-load.log" Logging__LogLevel__Default=Warning
wait_for "http://$HOST:$port/health/ready" "$APP_PID" "Healthy" "$(now_ms)" >/dev/null || { tail -20 "$SCRATCH/app-load.log" >&2; exit 1; }
read -r waited settle_cpu < <(wait_idle "$APP_PID" 120) || log "   ! the app did not settle within 120 s"
log "   app idle after ${waited} s more (${settle_cpu} s CPU meanwhile)"
APP="http://$HOST:$port"
row "bare Kestrel baseline \`/\`" "–" "$base_rps req/s, $base_cpu µs CPU/request, ${base_ins}k instr." "–"
measure "$APP_PID" "$APP/" home
ratio=$(awk -v a="$RPS" -v b="$base_rps" 'BEGIN { printf "%.0f", (b > 0) ? 100 * a / b : 0 }')
row "home page \`/\` (output cache)" "≥ 40 % of baseline req/s, ≤ 100 µs" "$RPS req/s = $ratio %, $CPU_US µs CPU/request, ${INS_K}k instr." \
  "$( [[ $(judge "$ratio" ge 40) == PASS && $(judge "$CPU_US" le 100) == PASS ]] && echo PASS || echo FAIL )"
measure "$APP_PID" "$APP/hilfe" hilfe
row "\`/hilfe\` without a query (output cache)" "≤ 100 µs" "$RPS req/s, $CPU_US µs CPU/request, ${INS_K}k instr." "$(judge "$CPU_US" le 100)"
measure "$APP_PID" "$APP/hilfe?q=schulden" hilfe-q
row "\`/hilfe?q=schulden\` (page, search counted)" "≤ 300 µs" "$RPS req/s, $CPU_US µs CPU/request, ${INS_K}k instr." "$(judge "$CPU_US" le 300)"
measure "$APP_PID" "$APP/api/help/search?q=schulden" help-api
row "\`/api/help/search?q=schulden\` (search counted)" "≤ 300 µs" "$RPS req/s, $CPU_US µs CPU/request, ${INS_K}k instr." "$(judge "$CPU_US" le 300)"
measure "$APP_PID" "$APP/daten" daten
row "\`/daten\` (output cache)" "≤ 100 µs" "$RPS req/s, $CPU_US µs CPU/request, ${INS_K}k instr." "$(judge "$CPU_US" le 100)"
measure "$APP_PID" "$APP/api/3/action/package_search?q=spielplatz" ckan
row "\`/api/3/action/package_search?q=spielplatz\` (4 demo datasets)" "–" "$RPS req/s, $CPU_US µs CPU/request, ${INS_K}k instr." "–"
row "RSS after the load above" "–" "$(rss_mb "$APP_PID") MB" "–"
stop_pid "$APP_PID"

# ---------------------------------------------------------------- 3. the other benchmarks, in turn
for suite in $SUITES; do
  log "== bench/run-$suite.sh"
  skip=1
  case "$suite" in
    help-search) dotnet build "$ROOT/bench/HelpSearch/HelpSearch.csproj" -c Release --nologo -v quiet >"$SCRATCH/tool.log" 2>&1 || { cat "$SCRATCH/tool.log" >&2; exit 2; } ;;
    ckan) rm -rf "$OUT/ckan-app"; ln -s "$APP_DIR" "$OUT/ckan-app" ;;
    events) rm -rf "$OUT/events-app"; ln -s "$APP_DIR" "$OUT/events-app" ;;
    two-nodes) rm -rf "$OUT/two-nodes-app"; ln -s "$APP_DIR" "$OUT/two-nodes-app" ;;
    datastore) skip=0 ;;
  esac
  set +e
  BENCH_SKIP_BUILD=$skip BENCH_OUT="$OUT" bash "$ROOT/bench/run-$suite.sh" >"$SCRATCH/suite-$suite.txt" 2>"$SCRATCH/suite-$suite.err"
  rc=$?
  set -e
  verdicts=$(grep -E '(PASS|FAIL)$|: (met|NOT met)' "$SCRATCH/suite-$suite.txt" | sed -E 's/^ +//; s/ {2,}/ /g' || true)
  if [[ -z "$verdicts" ]]; then
    row "\`run-$suite.sh\`" "exit 0" "exit $rc (no bar of its own; output in its log)" "$( (( rc == 0 )) && echo PASS || echo FAIL )"
  else
    while IFS= read -r line; do
      verdict=$(grep -oE 'PASS|FAIL|NOT met|met' <<<"$line" | tail -1)
      case "$verdict" in met) verdict=PASS ;; "NOT met") verdict=FAIL ;; esac
      row "\`run-$suite.sh\`: ${line%% (target*}" "see script" "$(sed -E 's/ +(PASS|FAIL)$//' <<<"$line")" "$verdict"
    done <<<"$verdicts"
  fi
  cp "$SCRATCH/suite-$suite.txt" "$OUT/suite-$suite.txt"
done

# ---------------------------------------------------------------- report
COMMIT=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')
DIRTY=$(git -C "$ROOT" status --porcelain --untracked-files=no 2>/dev/null | grep -q . && echo " (with uncommitted changes)" || true)
REPORT="$SCRATCH/report.md"
{
  if [[ -n "$SUITES" ]]; then RAN=" (suites: $SUITES)"; else RAN=" (\`BENCH_SUITES=\` — the budget alone)"; fi
  echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC'), commit \`$COMMIT\`$DIRTY, \`bench/run-all.sh\`$RAN."
  echo "Machine: $(machine_line | sed 's/, load average.*//'); load average (1/5/15 min) $LOAD_BEFORE before, $(cut -d' ' -f1-3 /proc/loadavg) after."
  echo "Published Release build (linux-x64, ReadyToRun), embedded SQLite profile; request figures on a warm, idle app (Healthy, CPU settled, ${WARMUP} warm-up per address), wrk -t$THREADS -c$CONNECTIONS -d$DURATION."
  [[ $PERF_OK == 1 ]] || echo "Instruction counts: n/a — this machine offers no hardware counters to \`perf\` (virtual machine)."
  echo
  echo "| what | bar | measured | result |"
  echo "|---|---|---|---|"
  printf '%s\n' "${ROWS[@]}"
} >"$REPORT"
echo; cat "$REPORT"
if [[ "${BENCH_WRITE_DOC:-1}" == 1 ]]; then
  DOC="$ROOT/docs/performance.md"
  python3 - "$DOC" "$REPORT" <<'EOF'
import re, sys
doc, report = sys.argv[1], open(sys.argv[2]).read().strip()
text = open(doc).read()
begin, end = "<!-- run-all:begin -->", "<!-- run-all:end -->"
block = f"{begin}\n{report}\n{end}"
text = re.sub(re.escape(begin) + ".*?" + re.escape(end), lambda _: block, text, flags=re.S) if begin in text else text.rstrip() + "\n\n" + block + "\n"
open(doc, "w").write(text)
EOF
  log "== written into docs/performance.md"
fi
exit "$FAILED"
