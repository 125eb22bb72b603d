# Shared by the benchmark scripts that load one published app with generated data (source it after settle.sh).
#
#   publish_app DIR LOG              publishes the web host (Release, linux-x64) into DIR unless BENCH_SKIP_BUILD=1
#   free_port FIRST LAST             prints the first port in the range nobody listens on
#   start_app DIR DATA PORT LOG VAR=VALUE...
#                                    starts the app from DIR on 127.0.0.1:PORT with its data in DATA and the settings
#                                    given, sets APP_PID, waits for /health/ready (at most 15 minutes) and sets
#                                    APP_READY_SECONDS; stop_app (also on exit) stops it and removes DATA. Call it
#                                    directly, not in $(…): the app belongs to the calling shell.

publish_app() {
  local dir="$1" log="$2"
  [[ "${BENCH_SKIP_BUILD:-0}" == 1 ]] && return 0
  printf '== publishing the app (Release, linux-x64) into %s\n' "$dir" >&2
  dotnet publish "$ROOT/src/SmartRegion.Web/SmartRegion.Web.csproj" -c Release -r linux-x64 --self-contained false -o "$dir" --nologo -v quiet \
    >"$log" 2>&1 || { cat "$log" >&2; exit 2; }
}

free_port() {
  local p
  for p in $(seq "$1" "$2"); do (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return 0; }; done
  printf 'no free port in %s-%s\n' "$1" "$2" >&2
  exit 2
}

APP_PID=""
APP_DATA=""
stop_app() {
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; fi
  [[ -n "$APP_DATA" ]] && rm -rf "$APP_DATA"
  APP_PID=""
}

start_app() {
  local dir="$1" data="$2" port="$3" log="$4" t0
  shift 4
  APP_DATA="$data"
  trap stop_app EXIT
  t0=$(date +%s)
  (cd "$dir" && exec env Storage__DataPath="$data" DOTNET_NOLOGO=1 RateLimits__AnonymousReadsPerMinute=100000000 "$@" \
     dotnet "$dir/SmartRegion.Web.dll" --urls "http://127.0.0.1:$port") >"$log" 2>&1 &
  APP_PID=$!
  until curl -s -o /dev/null -f --max-time 2 "http://127.0.0.1:$port/health/ready"; do
    kill -0 "$APP_PID" 2>/dev/null || { printf 'the app exited; see %s\n' "$log" >&2; tail -20 "$log" >&2; exit 2; }
    (( $(date +%s) - t0 > 900 )) && { printf 'not ready after 15 minutes\n' >&2; exit 2; }
    sleep 1
  done
  APP_READY_SECONDS=$(( $(date +%s) - t0 ))
}
