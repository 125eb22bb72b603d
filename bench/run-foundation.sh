#!/usr/bin/env bash
# Performance bars of the platform foundation, measured against the published app (embedded profile).
#
#   bench/run-foundation.sh
#
# Prints every figure with its target and PASS/FAIL; exits 1 when a bar is missed.
# Everything binds to 127.0.0.1 only; load is bounded by a fixed duration.
#
# Knobs (environment):
#   BENCH_OUT          build output and scratch folder   (default: bench/.out, gitignored)
#   BENCH_DURATION     wrk measuring duration           (default: 15s)
#   BENCH_WARMUP       wrk warm-up duration per server   (default: 5s)
#   BENCH_CONNECTIONS  wrk connections                   (default: 64)
#   BENCH_THREADS      wrk threads                       (default: 2)
#   BENCH_STARTS       start measurements per kind       (default: 3; median is judged, all are printed)
#   BENCH_SKIP_BUILD   1 = reuse the last publish in BENCH_OUT
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=bench/lib/settle.sh
. "$ROOT/bench/lib/settle.sh"
OUT="${BENCH_OUT:-$ROOT/bench/.out}"
DURATION="${BENCH_DURATION:-15s}"
WARMUP="${BENCH_WARMUP:-5s}"
CONNECTIONS="${BENCH_CONNECTIONS:-64}"
THREADS="${BENCH_THREADS:-2}"
STARTS="${BENCH_STARTS:-3}"
HOST=127.0.0.1

# Targets
T_START_MS=2000
T_RSS_MB=200
T_RATIO_PCT=40
T_P99_MS=20
T_FIRST_KB=120
T_REPEAT_KB=15

APP_DIR="$OUT/app"
BASE_DIR="$OUT/baseline"
SCRATCH="$(mktemp -d "${TMPDIR:-/tmp}/smartregion-bench.XXXXXX")"
PIDS=()
FAILED=0

cleanup() {
  local pid
  for pid in "${PIDS[@]:-}"; do
    [[ -n "$pid" ]] || continue
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
      wait "$pid" 2>/dev/null || true
    fi
  done
  rm -rf "$SCRATCH"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

log() { printf '%s\n' "$*" >&2; }
need() { command -v "$1" >/dev/null 2>&1 || { log "missing tool: $1 ${2:-}"; exit 2; }; }
need dotnet
need curl
need awk
need wrk "(Debian/Ubuntu: apt-get install -y wrk)"

# verdict NAME VALUE UNIT OP TARGET  -- OP is le or ge
verdict() {
  local name="$1" value="$2" unit="$3" op="$4" target="$5" ok
  if [[ "$op" == le ]]; then
    ok=$(awk -v v="$value" -v t="$target" 'BEGIN { print (v <= t) ? 1 : 0 }')
    sym="<="
  else
    ok=$(awk -v v="$value" -v t="$target" 'BEGIN { print (v >= t) ? 1 : 0 }')
    sym=">="
  fi
  if [[ "$ok" == 1 ]]; then r=PASS; else r=FAIL; FAILED=1; fi
  printf '  %-44s %12s %-5s (target %s %s %s)  %s\n' "$name" "$value" "$unit" "$sym" "$target" "$unit" "$r"
}

free_port() {
  local port
  for _ in $(seq 1 200); do
    port=$(( 20000 + RANDOM % 30000 ))
    if ! (exec 3<>"/dev/tcp/$HOST/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  log "no free port found"; exit 2
}

now_ns() { date +%s%N; }

median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else print int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

# ---------------------------------------------------------------- build
if [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
  log "== publishing (Release) into $OUT"
  rm -rf "$APP_DIR" "$BASE_DIR"
  dotnet publish "$ROOT/src/SmartRegion.Web/SmartRegion.Web.csproj" -c Release -o "$APP_DIR" --nologo -v quiet >"$SCRATCH/publish-app.log" 2>&1 \
    || { cat "$SCRATCH/publish-app.log" >&2; exit 2; }
  dotnet publish "$ROOT/bench/Baseline/Baseline.csproj" -c Release -o "$BASE_DIR" --nologo -v quiet >"$SCRATCH/publish-baseline.log" 2>&1 \
    || { cat "$SCRATCH/publish-baseline.log" >&2; exit 2; }
fi
mkdir -p "$OUT"
[[ -f "$APP_DIR/SmartRegion.Web.dll" && -f "$BASE_DIR/Baseline.dll" ]] || { log "publish output missing in $OUT"; exit 2; }

# ---------------------------------------------------------------- server control
# start_app DATA_DIR PORT LOGFILE -> sets APP_PID; runs from the publish folder (content root = appsettings.json there).
start_app() {
  local data="$1" port="$2" logfile="$3"
  (cd "$APP_DIR" && exec env Storage__DataPath="$data" DOTNET_NOLOGO=1 RateLimits__AnonymousReadsPerMinute=100000000 \
     dotnet "$APP_DIR/SmartRegion.Web.dll" --urls "http://$HOST:$port") >"$logfile" 2>&1 &
  APP_PID=$!
  PIDS+=("$APP_PID")
}

stop_pid() {
  local pid="$1"
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
}

# wait_ready URL PID -> echoes milliseconds since START_NS, polling every ~10 ms (timeout 60 s)
wait_ready() {
  local url="$1" pid="$2" t
  while :; do
    if curl -s -o /dev/null --max-time 1 -f "$url" 2>/dev/null; then
      t=$(now_ns); echo $(( (t - START_NS) / 1000000 )); return 0
    fi
    kill -0 "$pid" 2>/dev/null || { log "process $pid exited before ready"; return 1; }
    t=$(now_ns)
    if (( (t - START_NS) / 1000000 > 60000 )); then log "not ready after 60 s: $url"; return 1; fi
    sleep 0.01
  done
}

rss_mb() { awk '/^VmRSS:/ { printf "%.1f", $2 / 1024 }' "/proc/$1/status"; }

# ---------------------------------------------------------------- machine load
loadavg() { cut -d' ' -f1 /proc/loadavg; }
LOAD_BEFORE=$(loadavg)
if awk -v l="$LOAD_BEFORE" -v n="$(nproc)" 'BEGIN { exit !(l > n / 2) }'; then
  log "!! load average $LOAD_BEFORE on $(nproc) CPUs: the machine is busy, figures will be pessimistic"
fi

# ---------------------------------------------------------------- 1. start time and memory
log "== start time and memory (published app, embedded profile, $STARTS run(s) each)"
FIRST_MS=(); WARM_MS=(); FIRST_RSS=(); WARM_RSS=()
for i in $(seq 1 "$STARTS"); do
  data="$SCRATCH/data-$i"; mkdir -p "$data"
  for kind in first warm; do
    port=$(free_port)
    START_NS=$(now_ns)
    start_app "$data" "$port" "$SCRATCH/app-$kind-$i.log"
    ms=$(wait_ready "http://$HOST:$port/health/ready" "$APP_PID") || { cat "$SCRATCH/app-$kind-$i.log" >&2; exit 1; }
    # a few requests, as a first visitor would make them
    for p in / /gemeinden / /health/ready /health/live; do curl -s -o /dev/null "http://$HOST:$port$p"; done
    rss=$(rss_mb "$APP_PID")
    stop_pid "$APP_PID"
    if [[ "$kind" == first ]]; then FIRST_MS+=("$ms"); FIRST_RSS+=("$rss"); else WARM_MS+=("$ms"); WARM_RSS+=("$rss"); fi
    log "   run $i $kind start: ${ms} ms to ready, RSS ${rss} MB"
  done
done
first_med=$(echo "${FIRST_MS[*]}" | median)
warm_med=$(echo "${WARM_MS[*]}" | median)
rss_max=$(printf '%s\n' "${FIRST_RSS[@]}" "${WARM_RSS[@]}" | sort -n | tail -1)

# ---------------------------------------------------------------- 2. transfer size
log "== transfer size (first and repeat visit of /)"
port=$(free_port)
data="$SCRATCH/data-transfer"; mkdir -p "$data"
START_NS=$(now_ns)
start_app "$data" "$port" "$SCRATCH/app-transfer.log"
wait_ready "http://$HOST:$port/health/ready" "$APP_PID" >/dev/null || { cat "$SCRATCH/app-transfer.log" >&2; exit 1; }
BASE="http://$HOST:$port"
ENC='Accept-Encoding: br, gzip'

# fetch URL -> "body_bytes header_bytes" as on the wire (no decoding), headers to $SCRATCH/h, body to $SCRATCH/b
fetch() { curl -s -H "$ENC" -D "$SCRATCH/h" -o "$SCRATCH/b" -w '%{size_download} %{size_header}\n' "$@"; }
header() { awk -v n="$1" 'BEGIN { IGNORECASE = 1 } tolower($0) ~ "^" tolower(n) ":" { sub(/^[^:]*:[ \t]*/, ""); sub(/\r$/, ""); print; exit }' "$SCRATCH/h"; }

read -r html_body html_head < <(fetch "$BASE/")
html_status=$(head -1 "$SCRATCH/h" | tr -d '\r')
html_enc=$(header Content-Encoding); html_cc=$(header Cache-Control)
curl -s "$BASE/" -o "$SCRATCH/home.html"

# Assets the page references: <link href> and <script src> (relative to <base href="/">), then url() in fetched CSS.
mapfile -t ASSETS < <(grep -oE '<(link|script)[^>]*>' "$SCRATCH/home.html" | grep -oE '(href|src)="[^"#]+"' | sed -E 's/^(href|src)="//; s/"$//' | grep -v '^https\?://' | sed 's#^/##' | awk '!seen[$0]++')

printf '\n  %-52s %8s %7s %-5s %s\n' "resource" "body B" "head B" "enc" "cache-control" >&2
printf '  %-52s %8s %7s %-5s %s\n' "/ ($html_status)" "$html_body" "$html_head" "${html_enc:--}" "$html_cc" >&2

first_total=$(( html_body + html_head )); first_bodies=$html_body
repeat_fresh=$(( html_body + html_head ))   # repeat visit while every asset is still fresh in the cache
repeat_reval=$(( html_body + html_head ))   # repeat visit after non-immutable assets went stale (conditional GET -> 304)
not_immutable=()
i=0
while (( i < ${#ASSETS[@]} )); do
  path="${ASSETS[$i]}"; i=$(( i + 1 ))
  read -r body head < <(fetch "$BASE/$path")
  status=$(head -1 "$SCRATCH/h" | awk '{ print $2 }')
  enc=$(header Content-Encoding); cc=$(header Cache-Control); etag=$(header ETag)
  printf '  %-52s %8s %7s %-5s %s\n' "/$path ($status)" "$body" "$head" "${enc:--}" "$cc" >&2
  first_total=$(( first_total + body + head )); first_bodies=$(( first_bodies + body ))
  if [[ "$status" != 200 ]]; then log "   ! /$path answered $status"; FAILED=1; fi
  if [[ "$cc" != *immutable* ]]; then
    not_immutable+=("/$path")
    if [[ -n "$etag" ]]; then
      r=$(curl -s -H "$ENC" -H "If-None-Match: $etag" -o /dev/null -w '%{size_download} %{size_header} %{http_code}' "$BASE/$path")
      read -r rb rh rs <<<"$r"
      repeat_reval=$(( repeat_reval + rb + rh ))
      log "     revalidation of /$path: HTTP $rs, $(( rb + rh )) B"
    else
      repeat_reval=$(( repeat_reval + body + head ))
    fi
  fi
  # CSS: follow url(...) references (fonts), resolved relative to the stylesheet
  if [[ "$path" == *.css ]]; then
    dir=$(dirname "$path")
    curl -s --compressed "$BASE/$path" -o "$SCRATCH/css"
    while IFS= read -r ref; do
      [[ -z "$ref" || "$ref" == data:* || "$ref" == http* || "$ref" == \#* ]] && continue
      if [[ "$ref" == /* ]]; then full="${ref#/}"; else full="$dir/$ref"; fi
      full="${full#./}"
      ASSETS+=("$full")
    done < <(grep -oE "url\\([[:space:]]*[\"']?[^\"')]+" "$SCRATCH/css" | sed -E "s/^url\\([[:space:]]*[\"']?//")
  fi
done
stop_pid "$APP_PID"
log ""
[[ ${#not_immutable[@]} -eq 0 ]] || log "   not cached as immutable: ${not_immutable[*]}"

first_kb=$(awk -v b="$first_total" 'BEGIN { printf "%.1f", b / 1024 }')
first_bodies_kb=$(awk -v b="$first_bodies" 'BEGIN { printf "%.1f", b / 1024 }')
repeat_fresh_kb=$(awk -v b="$repeat_fresh" 'BEGIN { printf "%.1f", b / 1024 }')
repeat_reval_kb=$(awk -v b="$repeat_reval" 'BEGIN { printf "%.1f", b / 1024 }')

# ---------------------------------------------------------------- 3. throughput
# run_wrk URL LABEL -> sets RPS, P99_MS, NON2XX, SOCKERR; full output to $OUT/wrk-LABEL.txt
# Also sets CPU_US: server CPU time (user + system, from /proc/PID/stat) per request - robust against a busy machine.
run_wrk() {
  local url="$1" label="$2" pid="$3" outf="$OUT/wrk-$2.txt" t0 t1 n hz
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$url" >/dev/null 2>&1 || true
  t0=$(cpu_ticks "$pid")
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$url" >"$outf" 2>&1
  t1=$(cpu_ticks "$pid")
  n=$(awk '/requests in/ { print $1; exit }' "$outf"); hz=$(getconf CLK_TCK)
  CPU_US=$(awk -v d=$(( t1 - t0 )) -v n="${n:-0}" -v hz="$hz" 'BEGIN { printf "%.0f", (n > 0) ? d * 1000000 / hz / n : 0 }')
  RPS=$(awk '/^Requests\/sec:/ { print $2 }' "$outf")
  P99_MS=$(awk '$1 == "99%" { v = $2; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 } printf "%.2f", v }' "$outf")
  NON2XX=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' "$outf"); NON2XX=${NON2XX:-0}
  SOCKERR=$(grep -m1 'Socket errors' "$outf" || true)
}

log "== throughput: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency (after ${WARMUP} warm-up), one server at a time"
port=$(free_port)
(cd "$BASE_DIR" && exec env DOTNET_NOLOGO=1 dotnet "$BASE_DIR/Baseline.dll" --urls "http://$HOST:$port") >"$SCRATCH/baseline.log" 2>&1 &
BASE_PID=$!; PIDS+=("$BASE_PID")
START_NS=$(now_ns)
wait_ready "http://$HOST:$port/" "$BASE_PID" >/dev/null || { cat "$SCRATCH/baseline.log" >&2; exit 1; }
run_wrk "http://$HOST:$port/" baseline "$BASE_PID"
base_rps=$RPS; base_p99=$P99_MS; base_non2xx=$NON2XX; base_cpu=$CPU_US
stop_pid "$BASE_PID"
log "   baseline: $base_rps req/s, p99 $base_p99 ms${SOCKERR:+, $SOCKERR}"

port=$(free_port)
data="$SCRATCH/data-load"; mkdir -p "$data"
START_NS=$(now_ns)
start_app "$data" "$port" "$SCRATCH/app-load.log"
wait_ready "http://$HOST:$port/health/ready" "$APP_PID" >/dev/null || { cat "$SCRATCH/app-load.log" >&2; exit 1; }
# Ready takes visitors; the search index and the outbox may still be busy: measure an idle app only.
read -r idle_wait _ < <(wait_idle "$APP_PID" 120) || log "   ! the app did not settle within 120 s"
run_wrk "http://$HOST:$port/" home "$APP_PID"
home_rps=$RPS; home_p99=$P99_MS; home_non2xx=$NON2XX; home_cpu=$CPU_US
load_rss=$(rss_mb "$APP_PID")
stop_pid "$APP_PID"
log "   home:     $home_rps req/s, p99 $home_p99 ms${SOCKERR:+, $SOCKERR}, RSS after load ${load_rss} MB"
ratio=$(awk -v a="$home_rps" -v b="$base_rps" 'BEGIN { printf "%.1f", (b > 0) ? 100 * a / b : 0 }')

# ---------------------------------------------------------------- report
echo
echo "Smarte Region — foundation performance bars"
echo "  commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?'), $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) CPU, dotnet $(dotnet --version)"
echo "  load average before/after: $LOAD_BEFORE / $(loadavg) (figures are only comparable on an otherwise idle machine)"
echo
echo "Start (published Release build, embedded SQLite profile, launch -> first 200 from /health/ready):"
echo "  first start (create + migrate + seed): ${FIRST_MS[*]} ms   warm restart: ${WARM_MS[*]} ms"
verdict "first start, median of $STARTS" "$first_med" ms le "$T_START_MS"
verdict "warm restart, median of $STARTS" "$warm_med" ms le "$T_START_MS"
verdict "RSS after start + 5 requests, worst" "$rss_max" MB le "$T_RSS_MB"
echo "  (RSS after the home-page load test: ${load_rss} MB — information only)"
echo
echo "Throughput (wrk -t$THREADS -c$CONNECTIONS -d$DURATION, loopback, one server at a time; the app idle ${idle_wait:-?} s after ready, then warmed up):"
printf '  %-44s %12s req/s (p99 %s ms, server CPU %s us/request)\n' "bare Kestrel baseline" "$base_rps" "$base_p99" "$base_cpu"
printf '  %-44s %12s req/s (server CPU %s us/request)\n' "home page /" "$home_rps" "$home_cpu"
verdict "home page / baseline" "$ratio" % ge "$T_RATIO_PCT"
verdict "home page p99 latency" "$home_p99" ms le "$T_P99_MS"
if [[ "$home_non2xx" != 0 || "$base_non2xx" != 0 ]]; then
  echo "  non-2xx responses: home $home_non2xx, baseline $base_non2xx  FAIL"; FAILED=1
fi
echo
echo "Transfer (Accept-Encoding: br, gzip; bytes on the wire incl. response headers):"
echo "  first visit bodies only: ${first_bodies_kb} KB; HTML content-encoding: ${html_enc:-none}"
verdict "first visit (HTML + CSS + fonts + icon)" "$first_kb" KB le "$T_FIRST_KB"
verdict "repeat visit, assets fresh in cache" "$repeat_fresh_kb" KB le "$T_REPEAT_KB"
verdict "repeat visit, stale assets revalidated" "$repeat_reval_kb" KB le "$T_REPEAT_KB"
if [[ ${#not_immutable[@]} -eq 0 ]]; then
  echo "  every referenced asset: Cache-Control immutable (fingerprinted)"
else
  echo "  NOT immutable (revalidated after max-age): ${not_immutable[*]}"
fi
echo
echo "wrk output: $OUT/wrk-baseline.txt, $OUT/wrk-home.txt"
if [[ "$FAILED" == 0 ]]; then echo "RESULT: all bars PASS"; else echo "RESULT: at least one bar FAILS"; fi
exit "$FAILED"
