#!/usr/bin/env bash
# The CKAN search bar: with 20,000 published datasets, package_search answers at p95 <= 50 ms with 16 connections.
#
#   bench/run-ckan.sh            # about 3 minutes (publish, seeding 20,000 datasets, 30 s of load)
#
# Publishes the app (Release, linux-x64), starts it on the embedded SQLite profile with
# Modules:OpenData:BenchmarkDatasets generated datasets (deterministic, links as resources), waits until the
# search's projection is built, then runs wrk over a rotation of package_search queries (bench/Ckan/package_search.lua:
# q, fq by organisation/format/group/licence/tag, facets, paging, sorting) and prints p50/p90/p95/p99.
#
# Knobs: BENCH_DATASETS (20000), BENCH_CONNECTIONS (16), BENCH_THREADS (2), BENCH_DURATION (30s), BENCH_WARMUP (5s),
#        BENCH_OUT (bench/.out), BENCH_SKIP_BUILD=1.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=bench/lib/settle.sh
. "$ROOT/bench/lib/settle.sh"
# shellcheck source=bench/lib/app.sh
. "$ROOT/bench/lib/app.sh"
OUT="${BENCH_OUT:-$ROOT/bench/.out}"
DATASETS="${BENCH_DATASETS:-20000}"
CONNECTIONS="${BENCH_CONNECTIONS:-16}"
THREADS="${BENCH_THREADS:-2}"
DURATION="${BENCH_DURATION:-30s}"
WARMUP="${BENCH_WARMUP:-5s}"
APP_DIR="$OUT/ckan-app"
HOST=127.0.0.1
log() { printf '%s\n' "$*" >&2; }
command -v wrk >/dev/null || { log "wrk is needed (Debian/Ubuntu: apt-get install -y wrk)"; exit 2; }
mkdir -p "$OUT"

publish_app "$APP_DIR" "$OUT/ckan-publish.log"
port=$(free_port 56600 56700)

log "== starting the app with $DATASETS generated datasets"
start_app "$APP_DIR" "$(mktemp -d /tmp/smartregion-bench-ckan.XXXXXX)" "$port" "$OUT/ckan-app.log" Modules__OpenData__BenchmarkDatasets="$DATASETS"
t1=$(date +%s)
count=$(curl -s "http://$HOST:$port/api/3/action/package_search?rows=0" | python3 -c 'import json,sys; print(json.load(sys.stdin)["result"]["count"])')
t2=$(date +%s)
log "   ready after $APP_READY_SECONDS s (seeding included); projection built in $((t2 - t1)) s; $count published datasets"
(( count >= DATASETS )) || { log "expected at least $DATASETS datasets"; exit 2; }
# The search index of the help directory, the outbox and the JIT may still be busy: measure an idle app only.
read -r idle_wait idle_cpu < <(wait_idle "$APP_PID" 180) || log "   ! the app did not settle within 180 s"
log "   idle after ${idle_wait} s more (${idle_cpu} s CPU meanwhile)"

log "== wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency (after $WARMUP warm-up)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$ROOT/bench/Ckan/package_search.lua" "http://$HOST:$port" >/dev/null 2>&1 || true
load_before=$(cut -d' ' -f1 /proc/loadavg)
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$ROOT/bench/Ckan/package_search.lua" "http://$HOST:$port" | tee "$OUT/wrk-ckan.txt"
load_after=$(cut -d' ' -f1 /proc/loadavg)
rss=$(awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$APP_PID/status")

p95=$(awk '/^p95_ms/ { print $2 }' "$OUT/wrk-ckan.txt")
rps=$(awk '/^Requests\/sec/ { print $2 }' "$OUT/wrk-ckan.txt")
echo
echo "== package_search with $count datasets, $CONNECTIONS connections"
echo "  commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?'), $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) CPU, $(awk -F: '/model name/ { print $2; exit }' /proc/cpuinfo | sed 's/^ *//'), dotnet $(dotnet --version)"
echo "  load average before/after: $load_before / $load_after; app RSS after the run: ${rss} MB"
echo "  measured on a warm, idle app: waited ${idle_wait:-?} s after the first search until its CPU settled, then a $WARMUP warm-up"
echo "  requests/s: $rps; $(grep -E '^p(50|90|95|99)_ms|^non2xx|^errors' "$OUT/wrk-ckan.txt" | tr '\n' ' ')"
if awk -v p="$p95" 'BEGIN { exit !(p <= 50) }'; then echo "  bar p95 <= 50 ms: met ($p95 ms)"; else echo "  bar p95 <= 50 ms: NOT met ($p95 ms)"; fi
