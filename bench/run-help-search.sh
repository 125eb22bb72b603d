#!/usr/bin/env bash
# Speed bars of the help search on the demo data grown to 10,000 offers, against the published app:
#   - GET /api/help/search over HTTP with wrk at 64 connections, rotating through the judged dev queries: req/s and p99
#   - full index rebuild with the host command `help-reindex` (a fresh process, cold) and in process (warm, best of 3)
#   - the same queries against PostgreSQL full-text search (`german`, GIN, ts_rank) on the same data, in process,
#     speed and recall@5 side by side with the help search
#
#   bench/run-help-search.sh
#
# Knobs: BENCH_OFFERS (10000), BENCH_DURATION (15s), BENCH_WARMUP (5s), BENCH_CONNECTIONS (64), BENCH_THREADS (2),
#        BENCH_PG_SECONDS (10), BENCH_OUT (bench/.out), BENCH_SKIP_BUILD=1 (reuse the last publish).
# Exit 1 when a bar is missed, 2 when a tool or the build is missing. Loopback only; everything is stopped on exit.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=bench/lib/settle.sh
. "$ROOT/bench/lib/settle.sh"
OUT="${BENCH_OUT:-$ROOT/bench/.out}"
OFFERS="${BENCH_OFFERS:-10000}"
DURATION="${BENCH_DURATION:-15s}"
WARMUP="${BENCH_WARMUP:-5s}"
CONNECTIONS="${BENCH_CONNECTIONS:-64}"
THREADS="${BENCH_THREADS:-2}"
PG_SECONDS="${BENCH_PG_SECONDS:-10}"
HOST=127.0.0.1
T_RPS=1500
T_P99_MS=25
T_REBUILD_S=10

APP_DIR="$OUT/app"
TOOL="$ROOT/bench/HelpSearch/bin/Release/net10.0/HelpSearch.dll"
SCRATCH="$(mktemp -d "${TMPDIR:-/tmp}/help-search-bench.XXXXXX")"
chmod 755 "$SCRATCH"
APP_PID=""
PG_DATA=""
FAILED=0

log() { printf '%s\n' "$*" >&2; }
need() { command -v "$1" >/dev/null 2>&1 || { log "missing tool: $1 ${2:-}"; exit 2; }; }
as_pg() { if [[ "$(id -u)" == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }

cleanup() {
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
  if [[ -n "$PG_DATA" ]]; then as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -m immediate stop >/dev/null 2>&1 || true; fi
  rm -rf "$SCRATCH"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

need dotnet
need curl
need awk
need wrk "(Debian/Ubuntu: apt-get install -y wrk)"
PG_BIN="$(dirname "$(command -v pg_ctl || ls -d /usr/lib/postgresql/*/bin/pg_ctl 2>/dev/null | sort -V | tail -n 1)")"
[[ -x "$PG_BIN/pg_ctl" && -x "$PG_BIN/initdb" ]] || { log "missing tool: pg_ctl/initdb (apt-get install -y postgresql)"; exit 2; }

free_port() {
  local port
  for _ in $(seq 1 200); do
    port=$(( 20000 + RANDOM % 30000 ))
    if ! (exec 3<>"/dev/tcp/$HOST/$port") 2>/dev/null; then echo "$port"; return 0; fi
  done
  log "no free port found"; exit 2
}

verdict() { # NAME VALUE UNIT OP TARGET
  local name="$1" value="$2" unit="$3" op="$4" target="$5" ok sym
  if [[ "$op" == le ]]; then ok=$(awk -v v="$value" -v t="$target" 'BEGIN { print (v <= t) ? 1 : 0 }'); sym="<="
  else ok=$(awk -v v="$value" -v t="$target" 'BEGIN { print (v >= t) ? 1 : 0 }'); sym=">="; fi
  if [[ "$ok" == 1 ]]; then r=PASS; else r=FAIL; FAILED=1; fi
  printf '  %-52s %10s %-6s (target %s %s %s)  %s\n' "$name" "$value" "$unit" "$sym" "$target" "$unit" "$r"
}

# ---------------------------------------------------------------- build
if [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
  log "== publishing the app (Release) into $APP_DIR and building bench/HelpSearch"
  rm -rf "$APP_DIR"
  dotnet publish "$ROOT/src/SmartRegion.Web/SmartRegion.Web.csproj" -c Release -o "$APP_DIR" --nologo -v quiet >"$SCRATCH/publish.log" 2>&1 \
    || { cat "$SCRATCH/publish.log" >&2; exit 2; }
  dotnet build "$ROOT/bench/HelpSearch/HelpSearch.csproj" -c Release --nologo -v quiet >"$SCRATCH/tool.log" 2>&1 \
    || { cat "$SCRATCH/tool.log" >&2; exit 2; }
fi
[[ -f "$APP_DIR/SmartRegion.Web.dll" && -f "$TOOL" ]] || { log "build output missing"; exit 2; }

log "== machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
log "== expanding the demo offers to $OFFERS services"
dotnet "$TOOL" expand "$OFFERS" "$SCRATCH/offers.json" >&2
dotnet "$TOOL" wrk-script "queries-dev.tsv" "$SCRATCH/queries.lua"

# ---------------------------------------------------------------- rebuild
DATA="$SCRATCH/data"
app() { (cd "$APP_DIR" && env Storage__DataPath="$DATA" Modules__Help__OfferFile="$SCRATCH/offers.json" DOTNET_NOLOGO=1 dotnet "$APP_DIR/SmartRegion.Web.dll" "$@"); }
log "== full rebuild"
app migrate >"$SCRATCH/migrate.log" 2>&1 || { cat "$SCRATCH/migrate.log" >&2; exit 1; }
start_ns=$(date +%s%N)
app help-reindex >"$SCRATCH/reindex.log" 2>&1 || { cat "$SCRATCH/reindex.log" >&2; exit 1; }
end_ns=$(date +%s%N)
reindex_wall=$(awk -v a="$start_ns" -v b="$end_ns" 'BEGIN { printf "%.1f", (b - a) / 1e9 }')
reindex_inner=$(grep -o 'indexed in [0-9.]* s' "$SCRATCH/reindex.log" | awk '{ print $3 }')
reindex_cpu=$(grep -o 'process CPU [0-9.]* s' "$SCRATCH/reindex.log" | awk '{ print $3 }')
inproc=$(dotnet "$TOOL" rebuild "$SCRATCH/offers.json" 2>/dev/null)
inproc_best=$(sed -n 's/.*rebuild_seconds_best=\([0-9.]*\).*/\1/p' <<<"$inproc")

# ---------------------------------------------------------------- HTTP load
PORT=$(free_port)
(cd "$APP_DIR" && exec env Storage__DataPath="$DATA" Modules__Help__OfferFile="$SCRATCH/offers.json" DOTNET_NOLOGO=1 Logging__LogLevel__Default=Warning RateLimits__AnonymousReadsPerMinute=100000000 \
   dotnet "$APP_DIR/SmartRegion.Web.dll" --urls "http://$HOST:$PORT") >"$SCRATCH/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 600); do
  if [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://$HOST:$PORT/api/help/search?q=hilfe" || true)" == 200 ]]; then break; fi
  kill -0 "$APP_PID" 2>/dev/null || { cat "$SCRATCH/app.log" >&2; exit 1; }
  sleep 0.1
done
total=$(curl -s "http://$HOST:$PORT/api/help/search?q=hilfe" | sed -n 's/^{"total":\([0-9]*\).*/\1/p')
# The index is open, but the outbox, the statistics and the JIT may still be busy: measure an idle app only.
read -r idle_wait idle_cpu < <(wait_idle "$APP_PID" 120) || log "   ! the app did not settle within 120 s"
log "== app ready on port $PORT (\"hilfe\" finds $total offers), idle after ${idle_wait} s more (${idle_cpu} s CPU meanwhile); warm-up $WARMUP, then wrk -t$THREADS -c$CONNECTIONS -d$DURATION"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$SCRATCH/queries.lua" "http://$HOST:$PORT" >/dev/null
cpu_before=$(awk '{ print $14 + $15 }' "/proc/$APP_PID/stat")
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$SCRATCH/queries.lua" "http://$HOST:$PORT" >"$SCRATCH/wrk.txt"
cpu_after=$(awk '{ print $14 + $15 }' "/proc/$APP_PID/stat")
rps=$(awk '/^Requests\/sec/ { printf "%.0f", $2 }' "$SCRATCH/wrk.txt")
requests=$(awk '/requests in/ { print $1 }' "$SCRATCH/wrk.txt")
p99=$(awk '$1 == "99%" { v = $2; if (v ~ /us$/) { sub("us", "", v); v /= 1000 } else if (v ~ /ms$/) { sub("ms", "", v) } else if (v ~ /s$/) { sub("s", "", v); v *= 1000 } printf "%.1f", v }' "$SCRATCH/wrk.txt")
non2xx=$(awk '/Non-2xx/ { print $5 }' "$SCRATCH/wrk.txt"); non2xx=${non2xx:-0}
cpu_us=$(awk -v a="$cpu_before" -v b="$cpu_after" -v n="$requests" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.0f", (b - a) / hz * 1e6 / n }')
kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; APP_PID=""

# ---------------------------------------------------------------- PostgreSQL
log "== PostgreSQL full-text search on the same data"
PG_DIR="$SCRATCH/pg"; mkdir -p "$PG_DIR"; chmod 755 "$PG_DIR"
if [[ "$(id -u)" == 0 ]]; then id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres; chown postgres "$PG_DIR"; fi
PG_PORT=$(free_port)
as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" --username=bench --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$SCRATCH/initdb.log" 2>&1 || { cat "$SCRATCH/initdb.log" >&2; exit 2; }
PG_DATA="$PG_DIR/data"
as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_DIR/server.log" -w -t 60 -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
pg_version=$("$PG_BIN/postgres" --version | awk '{ print $3 }')
dotnet "$TOOL" postgres "Host=$HOST;Port=$PG_PORT;Username=bench;Database=postgres" "$SCRATCH/offers.json" queries-dev.tsv "$PG_SECONDS" >"$SCRATCH/pg.txt" 2>"$SCRATCH/pg.err" \
  || { echo "PostgreSQL comparison failed:" >"$SCRATCH/pg.txt"; tail -5 "$SCRATCH/pg.err" >>"$SCRATCH/pg.txt"; FAILED=1; }

# ---------------------------------------------------------------- report
echo
echo "Help search, $OFFERS offers, $(nproc) cores, load average now $(cut -d' ' -f1-3 /proc/loadavg)"
echo "  measured on a warm, idle app: waited ${idle_wait:-?} s after the index opened until its CPU settled, then a $WARMUP warm-up"
verdict "search over HTTP, wrk -c$CONNECTIONS (dev queries in turn)" "$rps" "req/s" ge "$T_RPS"
verdict "search over HTTP, p99 latency" "$p99" "ms" le "$T_P99_MS"
verdict "full rebuild, help-reindex command (new process)" "$reindex_wall" "s" le "$T_REBUILD_S"
printf '  %-52s %10s %-6s\n' "  of which reading, compiling, indexing" "$reindex_inner" "s"
printf '  %-52s %10s %-6s\n' "  CPU time of the command's process" "$reindex_cpu" "s"
printf '  %-52s %10s %-6s\n' "full rebuild in process, warm (best of 3)" "$inproc_best" "s"
printf '  %-52s %10s %-6s\n' "server CPU time per search" "$cpu_us" "us"
printf '  %-52s %10s\n' "non-2xx answers under load" "$non2xx"
[[ "$non2xx" == 0 ]] || FAILED=1
echo
echo "Same queries, in process, one at a time (PostgreSQL $pg_version):"
cat "$SCRATCH/pg.txt"
exit "$FAILED"
