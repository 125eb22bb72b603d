#!/usr/bin/env bash
# The whole test suite, on a fresh machine with only the .NET SDK:
#   1. installs what the tests need when it is missing (Debian's chromium, postgresql, nginx, nodejs, npm and
#      python3-rdflib; needs root),
#   2. starts a throw-away PostgreSQL server on a free local port (initdb + pg_ctl, no Docker),
#   3. runs every test project on SQLite and the database suites again on PostgreSQL, as one queue of jobs side by side,
#   4. prints each test project's counts and duration, then one closing line: "tests: N passed, N failed, N skipped",
#      and exits non-zero on any failure.
# With a module name (bash scripts/test.sh Help) it runs only tests/SmartRegion.<Module>.Tests on SQLite: no package
# installs, no PostgreSQL, no browser — a quick loop while working on one module.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
module="${1:-}"
if [ -n "$module" ] && [ ! -f "tests/SmartRegion.$module.Tests/SmartRegion.$module.Tests.csproj" ]; then
  echo "no test project tests/SmartRegion.$module.Tests; modules with tests: $(ls -d tests/SmartRegion.*.Tests | sed 's|tests/SmartRegion.||; s|.Tests$||' | tr '\n' ' ')" >&2
  exit 2
fi
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
out="$root/.testrun"
rm -rf "$out"
mkdir -p "$out"
ci="${CI:-false}"
failed_steps=()
note() { printf '==> %s\n' "$*"; }

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi; }
apt_install() {
  note "installing $*"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >"$out/apt.log" 2>&1 \
    || { as_root apt-get update -qq >>"$out/apt.log" 2>&1 && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >>"$out/apt.log" 2>&1; }
}

# --- Chromium for the browser journeys (Debian's package; Playwright never downloads a browser) ---
if [ -z "$module" ] && [ -z "${CHROMIUM_PATH:-}" ] && ! command -v chromium >/dev/null 2>&1; then
  apt_install chromium || note "could not install chromium (see $out/apt.log)"
fi
export CHROMIUM_PATH="${CHROMIUM_PATH:-$(command -v chromium || true)}"

# --- Node.js/npm (the SHACL engine and RDF parsers of the open data tests, the S3 test server s3rver) and Python's rdflib (Debian's packages) ---
if [ -z "$module" ] && { ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; }; then
  apt_install nodejs npm || note "could not install nodejs and npm (see $out/apt.log)"
fi
if [ -z "$module" ] && ! /usr/bin/python3 -c 'import rdflib' >/dev/null 2>&1; then
  apt_install python3-rdflib || note "could not install python3-rdflib (see $out/apt.log)"
fi
# Python's icalendar: the independent parser of the event feeds' tests.
if [ -z "$module" ] && ! /usr/bin/python3 -c 'import icalendar' >/dev/null 2>&1; then
  apt_install python3-icalendar || note "could not install python3-icalendar (see $out/apt.log)"
fi

# nginx: the proxy in front of two nodes in the Platform tests (TwoNodesTests; Debian's package, run as a child process).
if [ -z "$module" ] && [ ! -x /usr/sbin/nginx ] && ! command -v nginx >/dev/null 2>&1; then
  apt_install nginx || note "could not install nginx (see $out/apt.log)"
fi

# --- PostgreSQL: a private server for this run ---
pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
if [ -z "$module" ] && [ -z "$pg_bin" ]; then
  apt_install postgresql || note "could not install postgresql (see $out/apt.log)"
  pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
fi
pg_dir=""
pg_conn=""
stop_pg() {
  if [ -n "$pg_dir" ] && [ -d "$pg_dir" ]; then
    run_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$pg_dir"
  fi
}
trap stop_pg EXIT
run_pg() {
  # initdb and postgres refuse to run as root; run them as the postgres system user then.
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}
free_port() {
  local port
  for port in $(seq 55432 55532); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return 0; }
  done
  return 1
}
if [ -z "$module" ] && [ -n "$pg_bin" ]; then
  pg_dir="$(mktemp -d /tmp/smartregion-pg.XXXXXX)"
  chmod 755 "$pg_dir"
  [ "$(id -u)" = 0 ] && { id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres; chown postgres "$pg_dir"; }
  port="$(free_port)"
  if run_pg "$pg_bin/initdb" -D "$pg_dir/data" --username=smartregion --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$out/initdb.log" 2>&1 \
     && run_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 \
          -o "-p $port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" start >"$out/pg_ctl.log" 2>&1; then
    pg_conn="Host=127.0.0.1;Port=$port;Username=smartregion;Database=postgres;Pooling=true"
    note "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
  else
    note "PostgreSQL did not start:"; cat "$out/initdb.log" "$out/pg_ctl.log" "$pg_dir/server.log" 2>/dev/null | tail -20
  fi
fi
if [ -z "$module" ] && [ -z "$pg_conn" ]; then
  if [ "$ci" = "true" ]; then failed_steps+=("postgresql-start"); else note "no PostgreSQL: the PostgreSQL run is left out on this machine"; fi
fi

# --- build once ---
target="SmartRegion.slnx"
[ -n "$module" ] && target="tests/SmartRegion.$module.Tests/SmartRegion.$module.Tests.csproj"
note "building $target"
if ! dotnet build "$target" -c Release -nologo -v quiet -clp:ErrorsOnly >"$out/build.log" 2>&1; then
  cat "$out/build.log" | tail -50
  echo "tests: 0 passed, 1 failed, 0 skipped"
  exit 1
fi

# --- one queue of jobs: every test project on SQLite, the database suites (SmartRegion.Postgres.slnf) again on PostgreSQL ---
# The heaviest jobs go first, so the queue ends evenly; TEST_JOBS of them run at once (default: one per core — the suite is
# bound by CPU, and more jobs at once only make each wait longer for its turn). Every host makes its own database.
if [ -n "$module" ]; then
  projects=("$target")
else
  # Known heavy projects first, then any other (a new module's) in name order.
  projects=()
  for name in Browser Help.Tests ChangeLab.Tests Events.Tests OpenData.Tests Hub.Tests Platform.Tests Participation.Tests ArchitectureTests; do
    [ -f "tests/SmartRegion.$name/SmartRegion.$name.csproj" ] && projects+=("tests/SmartRegion.$name/SmartRegion.$name.csproj")
  done
  for csproj in tests/SmartRegion.*/SmartRegion.*.csproj; do
    case "$csproj" in */SmartRegion.TestKit.csproj) continue ;; esac
    printf '%s\n' "${projects[@]}" | grep -qxF "$csproj" || projects+=("$csproj")
  done
fi
postgres_projects="$(grep -o '"tests/[^"]*\.csproj"' SmartRegion.Postgres.slnf | tr -d '"')"
queue=()
for csproj in "${projects[@]}"; do
  queue+=("sqlite $csproj")
  if [ -z "$module" ] && [ -n "$pg_conn" ] && printf '%s\n' "$postgres_projects" | grep -qxF "$csproj"; then
    queue+=("postgres $csproj")
  fi
done

run_job() { # database, project
  local db="$1" csproj="$2" name dll
  name="$(basename "$csproj" .csproj)"
  local log="$out/$db-$name.log" envs=(SMARTREGION_TEST_DB="$db")
  [ "$db" = postgres ] && envs+=(SMARTREGION_TEST_PG="$pg_conn")
  # The xunit v3 test executable itself, from its output folder (as dotnet test would start it): no MSBuild evaluation
  # and no VSTest host around it, which cost each job several seconds of CPU.
  dll="$(ls "$(dirname "$csproj")"/bin/Release/*/"$name.dll" 2>/dev/null | head -n 1)"
  mkdir -p "$out/$db/$name"
  if [ -z "$dll" ]; then
    echo "no build output for $name" >"$log"; false
  else
    # The CPU seconds of the job and everything it waited for (app processes, the browser), for the report below.
    local TIMEFORMAT='%U %S'
    { time (cd "$(dirname "$dll")" && env "${envs[@]}" dotnet "$name.dll" -noColor -noLogo -trx "$out/$db/$name/$name.trx" >"$log" 2>&1) ; } 2>"$out/$db/$name/cpu"
  fi
  local code=$?
  # One block per finished job: its totals line and the names of failed tests.
  { printf '==> %s on %s (exit %s)\n' "$name" "$db" "$code"; grep -E '\[FAIL\]|Total: [0-9]+|Unhandled exception|Catastrophic failure' "$log"; } || true
  if [ "$code" -ne 0 ] || [ ! -s "$out/$db/$name/$name.trx" ]; then echo "$db:$name" >>"$out/failed-jobs"; fi
}
export -f run_job
export out pg_conn
# Test processes live for minutes, not days: without dynamic PGO's instrumented tier and with a larger first GC
# generation they spend about a seventh less CPU (ChangeLab's tests: 50.6 s → 43.2 s of CPU on the 2-core machine).
# App processes the tests start inherit both.
export DOTNET_TieredPGO="${DOTNET_TieredPGO:-0}" DOTNET_GCgen0size="${DOTNET_GCgen0size:-0x4000000}"
parallel_jobs="${TEST_JOBS:-$(nproc)}"
note "running ${#queue[@]} test jobs, $parallel_jobs at a time"
printf '%s\n' "${queue[@]}" | xargs -P "$parallel_jobs" -L 1 bash -c 'run_job "$@"' _
if [ -f "$out/failed-jobs" ]; then
  while IFS= read -r job; do failed_steps+=("$job"); done <"$out/failed-jobs"
fi

# --- each project's counts and duration, then one closing line, from the TRX files of every run ---
passed=0; failed=0; total=0
note "per test project"
while IFS= read -r -d '' trx; do
  counters="$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)"
  get() { printf '%s' "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' || echo 0; }
  t_total=$(get total); t_passed=$(get passed); t_failed=$(( $(get failed) + $(get error) + $(get timeout) + $(get aborted) ))
  total=$((total + t_total)); passed=$((passed + t_passed)); failed=$((failed + t_failed))
  # The project from the first test's assembly (TRX keeps it lower-cased), the duration from the run's times.
  dll="$(grep -o 'storage="[^"]*"' "$trx" | head -n 1 | sed 's|storage="||; s|"$||; s|.*/||; s|\.dll$||')"
  project="$(ls -d tests/SmartRegion.*/ 2>/dev/null | sed 's|tests/||; s|/$||' | grep -ix "$dll" || echo "${dll:-unknown}")"
  times="$(grep -o '<Times [^>]*>' "$trx" | head -n 1)"
  start="$(printf '%s' "$times" | grep -o 'start="[^"]*"' | sed 's|start="||; s|"$||')"
  finish="$(printf '%s' "$times" | grep -o 'finish="[^"]*"' | sed 's|finish="||; s|"$||')"
  seconds=0
  if [ -n "$start" ] && [ -n "$finish" ]; then seconds=$(( $(date -d "$finish" +%s) - $(date -d "$start" +%s) )); fi
  run="$(basename "$(dirname "$(dirname "$trx")")")"
  cpu="$(awk '{ printf "%d", $1 + $2 }' "$(dirname "$trx")/cpu" 2>/dev/null || true)"
  printf '    %-36s %-8s %5d passed %4d failed %4d skipped %4dm %02ds %6s s CPU\n' \
    "$project" "$run" "$t_passed" "$t_failed" "$((t_total - t_passed - t_failed))" "$((seconds / 60))" "$((seconds % 60))" "${cpu:-?}"
done < <(find "$out" -name '*.trx' -print0 | sort -z)
skipped=$((total - passed - failed))
if [ "${#failed_steps[@]}" -gt 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
[ "${#failed_steps[@]}" -gt 0 ] && note "failed: ${failed_steps[*]}"
[ "$total" -eq 0 ] && { note "no test ran"; failed=$((failed + 1)); }
echo "tests: $passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
