#!/usr/bin/env bash
# The tabular data bar: a 1,000,000-row CSV (semicolons, German decimals and dates) loaded into the DuckDB store in
# <= 30 s, and datastore_search with one filter and limit 100 at p95 <= 50 ms, printed beside the same table and query
# on SQLite and PostgreSQL (without and with an index on the filtered column), in the same run.
#
#   bench/run-datastore.sh            # about 2 minutes
#
# Measured in process (no HTTP): the store's load path as the API runs it, and SearchDatastore.ExecuteAsync plus the
# CKAN JSON serialisation of the answer. PostgreSQL is a throw-away server (initdb + pg_ctl on a free loopback port,
# like scripts/test.sh); without PostgreSQL binaries that column is left out.
#
# Knobs: BENCH_ROWS (1000000), BENCH_RUNS (300), BENCH_OUT (bench/.out), BENCH_SKIP_BUILD=1.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="${BENCH_OUT:-$ROOT/bench/.out}"
ROWS="${BENCH_ROWS:-1000000}"
BIN="$OUT/datastore"
mkdir -p "$OUT"
log() { printf '%s\n' "$*" >&2; }

if [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
  log "== building bench/Datastore (Release)"
  dotnet publish "$ROOT/bench/Datastore/Datastore.csproj" -c Release -o "$BIN" --nologo -v quiet >"$OUT/datastore-build.log" 2>&1 \
    || { cat "$OUT/datastore-build.log" >&2; exit 2; }
fi

# ---- PostgreSQL: a private server for this run
pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
pg_dir=""
cleanup() {
  if [[ -n "$pg_dir" && -d "$pg_dir" ]]; then
    run_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$pg_dir"
  fi
}
trap cleanup EXIT
run_pg() {
  if [[ "$(id -u)" == 0 ]]; then
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}
free_port() {
  local port
  for port in $(seq 56432 56532); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return 0; }
  done
  return 1
}
export BENCH_PG=""
if [[ -n "$pg_bin" ]]; then
  pg_dir="$(mktemp -d /tmp/smartregion-bench-pg.XXXXXX)"
  chmod 755 "$pg_dir"
  [[ "$(id -u)" == 0 ]] && { id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres; chown postgres "$pg_dir"; }
  port="$(free_port)"
  # Durable settings (fsync on): the load figure should be what a server would do.
  if run_pg "$pg_bin/initdb" -D "$pg_dir/data" --username=bench --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$OUT/datastore-initdb.log" 2>&1 \
     && run_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 \
          -o "-p $port -k $pg_dir -c listen_addresses=127.0.0.1 -c shared_buffers=256MB -c max_wal_size=4GB" start >"$OUT/datastore-pg.log" 2>&1; then
    export BENCH_PG="Host=127.0.0.1;Port=$port;Username=bench;Database=postgres"
    log "== PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
  else
    log "PostgreSQL did not start; left out"
  fi
else
  log "no PostgreSQL binaries (apt-get install postgresql); PostgreSQL left out"
fi

echo "Smarte Region — tabular data bar"
echo "  commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?'), $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) CPU, dotnet $(dotnet --version)"
echo "  load average before: $(cut -d' ' -f1 /proc/loadavg)"
status=0
dotnet "$BIN/SmartRegion.Bench.Datastore.dll" "$OUT/datastore-scratch" "$ROWS" || status=$?
echo "  load average after: $(cut -d' ' -f1 /proc/loadavg)"
exit "$status"
