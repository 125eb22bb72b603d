#!/usr/bin/env bash
# The event calendar's bar: with 10,000 published events (about 20,000 dates), the calendar list, filtered and paged,
# answers at p95 <= 50 ms over HTTP with 16 connections.
#
#   bench/run-events.sh            # about 3 minutes (publish, seeding 10,000 events, 2 x 30 s of load)
#
# Publishes the app (Release, linux-x64), starts it on the embedded SQLite profile with Modules:Events:BenchmarkEvents
# generated events (deterministic), waits until it is idle, then runs wrk over a rotation of calendar queries
# (bench/Events/calendar.lua: by municipality, topic, free only, words, date range, deeper pages) against the JSON list
# /api/events/events (never cached: every request queries the database) — that is the bar — and, for comparison, the
# page /veranstaltungen with the same filters (anonymous visitors get it from the output cache after the first visit).
#
# Knobs: BENCH_EVENTS (10000), BENCH_CONNECTIONS (16), BENCH_THREADS (2), BENCH_DURATION (30s), BENCH_WARMUP (5s),
#        BENCH_OUT (bench/.out), BENCH_SKIP_BUILD=1 (reuse bench/.out/events-app).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=bench/lib/settle.sh
. "$ROOT/bench/lib/settle.sh"
# shellcheck source=bench/lib/app.sh
. "$ROOT/bench/lib/app.sh"
OUT="${BENCH_OUT:-$ROOT/bench/.out}"
EVENTS="${BENCH_EVENTS:-10000}"
CONNECTIONS="${BENCH_CONNECTIONS:-16}"
THREADS="${BENCH_THREADS:-2}"
DURATION="${BENCH_DURATION:-30s}"
WARMUP="${BENCH_WARMUP:-5s}"
APP_DIR="$OUT/events-app"
HOST=127.0.0.1
log() { printf '%s\n' "$*" >&2; }
command -v wrk >/dev/null || { log "wrk is needed (Debian/Ubuntu: apt-get install -y wrk)"; exit 2; }
mkdir -p "$OUT"
publish_app "$APP_DIR" "$OUT/events-publish.log"
port=$(free_port 56700 56800)

log "== starting the app with $EVENTS generated events"
start_app "$APP_DIR" "$(mktemp -d /tmp/smartregion-bench-events.XXXXXX)" "$port" "$OUT/events-app.log" Modules__Events__BenchmarkEvents="$EVENTS"
total=$(curl -s "http://$HOST:$port/api/events/events" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
log "   ready after $APP_READY_SECONDS s (seeding included); $total dates from now on in the calendar"
(( total >= EVENTS )) || { log "expected at least $EVENTS dates"; exit 2; }
read -r idle_wait idle_cpu < <(wait_idle "$APP_PID" 180) || log "   ! the app did not settle within 180 s"
log "   idle after ${idle_wait} s more (${idle_cpu} s CPU meanwhile)"

run() { # name path
  local name="$1" path="$2"
  log "== $name: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency (after $WARMUP warm-up)"
  CALENDAR_PATH="$path" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$ROOT/bench/Events/calendar.lua" "http://$HOST:$port" >/dev/null 2>&1 || true
  CALENDAR_PATH="$path" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$ROOT/bench/Events/calendar.lua" "http://$HOST:$port" >"$OUT/wrk-events-$name.txt"
}
load_before=$(cut -d' ' -f1 /proc/loadavg)
run api /api/events/events
run page /veranstaltungen
load_after=$(cut -d' ' -f1 /proc/loadavg)
rss=$(awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$APP_PID/status")

figures() { echo "requests/s $(awk '/^Requests\/sec/ { print $2 }' "$1"); $(grep -E '^p(50|90|95|99)_ms|^non2xx|^errors' "$1" | tr '\n' ' ')"; }
p95=$(awk '/^p95_ms/ { print $2 }' "$OUT/wrk-events-api.txt")
non2xx=$(awk '/^non2xx/ { print $2 }' "$OUT/wrk-events-api.txt")
echo
echo "== the calendar list with $EVENTS events ($total dates ahead), $CONNECTIONS connections"
echo "  commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?'), $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) CPU, $(awk -F: '/model name/ { print $2; exit }' /proc/cpuinfo | sed 's/^ *//'), dotnet $(dotnet --version)"
echo "  load average before/after: $load_before / $load_after; app RSS after the runs: ${rss} MB"
echo "  measured on a warm, idle app: waited ${idle_wait:-?} s after start until its CPU settled, then a $WARMUP warm-up per address"
echo "  /api/events/events (database every time): $(figures "$OUT/wrk-events-api.txt")"
echo "  /veranstaltungen (page, output cache):    $(figures "$OUT/wrk-events-page.txt")"
if [[ "$non2xx" == 0 ]] && awk -v p="$p95" 'BEGIN { exit !(p <= 50) }'; then echo "  bar p95 <= 50 ms: met ($p95 ms)"; else echo "  bar p95 <= 50 ms: NOT met ($p95 ms, $non2xx answers not 2xx)"; fi
