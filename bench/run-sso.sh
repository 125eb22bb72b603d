#!/usr/bin/env bash
# Single sign-on figures: the token endpoint (refresh grant) and userinfo, beside the home page of the same run.
#
#   bench/run-sso.sh
#
# Starts the published app (embedded profile, fresh data folder) with the sign-in rate limit raised out of the way,
# signs in as the demo region admin, registers a client through the API, completes authorization code flows with
# PKCE (the first one through the consent form), then runs wrk against /, /connect/userinfo (bearer token) and
# /connect/token (refresh grant, every refresh token used once: bench/sso/refresh-grant.lua).
# Prints requests/s, p99 and server CPU per request; exits 1 on failed requests, 2 when a tool or the build is missing.
# Everything binds to 127.0.0.1 only; load is bounded by a fixed duration and a fixed number of flows.
#
# Knobs (environment):
#   BENCH_OUT          build output and scratch folder   (default: bench/.out, gitignored; shared with run-foundation.sh)
#   BENCH_DURATION     wrk measuring duration           (default: 15s)
#   BENCH_WARMUP       wrk warm-up duration per target   (default: 5s)
#   BENCH_CONNECTIONS  wrk connections                   (default: 32)
#   BENCH_THREADS      wrk threads                       (default: 2)
#   BENCH_CLIENT       confidential | public             (default: confidential; a confidential client sends its secret)
#   BENCH_SKIP_BUILD   1 = reuse the last publish in BENCH_OUT
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="${BENCH_OUT:-$ROOT/bench/.out}"
DURATION="${BENCH_DURATION:-15s}"
WARMUP="${BENCH_WARMUP:-5s}"
CONNECTIONS="${BENCH_CONNECTIONS:-32}"
THREADS="${BENCH_THREADS:-2}"
CLIENT_KIND="${BENCH_CLIENT:-confidential}"
HOST=127.0.0.1
# Refresh tokens per token set: each wrk thread needs at least as many as it has connections; a few spare.
FLOWS=$(( CONNECTIONS + 4 * THREADS ))
# Sign-in and the token endpoint share the sign-in rate limit (10 per minute and client address by default).
SIGNIN_PER_MINUTE=1000000000
REDIRECT_URI="http://127.0.0.1/callback"   # never contacted: the code is read from the redirect
SCOPES="openid profile email roles offline_access hub"

APP_DIR="$OUT/app"
SCRATCH="$(mktemp -d "${TMPDIR:-/tmp}/smartregion-sso.XXXXXX")"
JAR="$SCRATCH/cookies.txt"
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
die() { log "!! $*"; [[ -f "$SCRATCH/app.log" ]] && tail -20 "$SCRATCH/app.log" >&2; exit 1; }
need() { command -v "$1" >/dev/null 2>&1 || { log "missing tool: $1 ${2:-}"; exit 2; }; }
need dotnet
need curl
need awk
need openssl
need wrk "(Debian/Ubuntu: apt-get install -y wrk)"
[[ "$CLIENT_KIND" == confidential || "$CLIENT_KIND" == public ]] || { log "BENCH_CLIENT must be confidential or public"; exit 2; }

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

loadavg() { cut -d' ' -f1 /proc/loadavg; }

# ---------------------------------------------------------------- build
if [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
  log "== publishing the app (Release) into $APP_DIR"
  rm -rf "$APP_DIR"
  dotnet publish "$ROOT/src/SmartRegion.Web/SmartRegion.Web.csproj" -c Release -o "$APP_DIR" --nologo -v quiet >"$SCRATCH/publish-app.log" 2>&1 \
    || { cat "$SCRATCH/publish-app.log" >&2; exit 2; }
fi
[[ -f "$APP_DIR/SmartRegion.Web.dll" ]] || { log "publish output missing in $APP_DIR"; exit 2; }

LOAD_BEFORE=$(loadavg)
if awk -v l="$LOAD_BEFORE" -v n="$(nproc)" 'BEGIN { exit !(l > n / 2) }'; then
  log "!! load average $LOAD_BEFORE on $(nproc) CPUs: the machine is busy, figures will be pessimistic"
fi

# ---------------------------------------------------------------- start
PORT=$(free_port)
BASE="http://$HOST:$PORT"
DATA="$SCRATCH/data"; mkdir -p "$DATA"
log "== starting the app on $BASE (embedded profile, RateLimits:SignInPerMinute=$SIGNIN_PER_MINUTE, Oidc:RequireHttps=false)"
(cd "$APP_DIR" && exec env Storage__DataPath="$DATA" DOTNET_NOLOGO=1 \
   RateLimits__SignInPerMinute="$SIGNIN_PER_MINUTE" RateLimits__AnonymousReadsPerMinute=100000000 Modules__Hub__Oidc__RequireHttps=false \
   dotnet "$APP_DIR/SmartRegion.Web.dll" --urls "$BASE") >"$SCRATCH/app.log" 2>&1 &
APP_PID=$!; PIDS+=("$APP_PID")
# „Healthy“, not only 200: the demo admin is seeded right after the start („Degraded“ until then).
for _ in $(seq 1 1200); do
  [[ "$(curl -s --max-time 1 -f "$BASE/health/ready" 2>/dev/null)" == Healthy ]] && break
  kill -0 "$APP_PID" 2>/dev/null || die "the app exited before it was ready"
  sleep 0.1
done
[[ "$(curl -s -f "$BASE/health/ready")" == Healthy ]] || die "not ready (Healthy) after 120 s"

# ---------------------------------------------------------------- sign in, register a client
# The demo region admin is created on the first start of the embedded profile; its password is in the data folder.
PASSWORD=$(awk '/^Passwort:/ { print $2 }' "$DATA/demo-zugang.txt" 2>/dev/null || true)
EMAIL=$(awk '/^E-Mail:/ { print $2 }' "$DATA/demo-zugang.txt" 2>/dev/null || true)
[[ -n "$PASSWORD" && -n "$EMAIL" ]] || die "no demo access in $DATA/demo-zugang.txt"

# page_token FILE -> the page's antiforgery request token (one per response, the same in every form of the page)
page_token() { grep -oE 'name="__RequestVerificationToken" value="[^"]+"' "$1" | head -1 | sed -E 's/.*value="//; s/"$//'; }
b64url() { base64 -w0 | tr '+/' '-_' | tr -d '='; }
# json_field NAME FILE -> a string field of a JSON answer (OpenIddict writes indented JSON)
json_field() { grep -oE "\"$1\"[[:space:]]*:[[:space:]]*\"[^\"]+\"" "$2" | head -1 | sed -E 's/^"[^"]+"[[:space:]]*:[[:space:]]*"//; s/"$//'; }
# http CURL_ARGS... -> "STATUS REDIRECT_URL", with the session's cookie jar
http() { curl -s -b "$JAR" -c "$JAR" -o "$SCRATCH/body" -w '%{http_code} %{redirect_url}' "$@"; }

log "== signing in as $EMAIL"
read -r status _ < <(http "$BASE/anmelden"; echo)
[[ "$status" == 200 ]] || die "GET /anmelden answered $status"
token=$(page_token "$SCRATCH/body")
read -r status location < <(http --data-urlencode "_handler=sign-in" --data-urlencode "__RequestVerificationToken=$token" \
  --data-urlencode "Model.Email=$EMAIL" --data-urlencode "Model.Password=$PASSWORD" "$BASE/anmelden"; echo)
[[ "$status" == 302 && "$location" != *anmelden* ]] || die "sign-in answered $status $location"

log "== registering a $CLIENT_KIND client (POST /api/hub/clients)"
confidential=false; [[ "$CLIENT_KIND" == confidential ]] && confidential=true
read -r status _ < <(http -H 'Content-Type: application/json' \
  -d "{\"name\":\"Benchmark\",\"redirectUris\":[\"$REDIRECT_URI\"],\"confidential\":$confidential}" "$BASE/api/hub/clients"; echo)
[[ "$status" == 201 ]] || die "client registration answered $status: $(cat "$SCRATCH/body")"
CLIENT_ID=$(json_field clientId "$SCRATCH/body" || true)
CLIENT_SECRET=$(json_field clientSecret "$SCRATCH/body" || true)
[[ -n "$CLIENT_ID" ]] || die "no client id in $(cat "$SCRATCH/body")"
CLIENT_AUTH=(-d "client_id=$CLIENT_ID")
[[ -n "$CLIENT_SECRET" ]] && CLIENT_AUTH+=(-d "client_secret=$CLIENT_SECRET")


CONSENT_FORMS=0
# flow -> one authorization code flow with PKCE; appends the refresh token to $1, keeps the access token in ACCESS_TOKEN
flow() {
  local out="$1" verifier challenge query status location token code
  verifier=$(openssl rand 48 | b64url)
  challenge=$(printf '%s' "$verifier" | openssl dgst -sha256 -binary | b64url)
  query="client_id=$CLIENT_ID&redirect_uri=$(printf '%s' "$REDIRECT_URI" | sed 's#:#%3A#g; s#/#%2F#g')&response_type=code"
  query+="&scope=$(printf '%s' "$SCOPES" | sed 's/ /%20/g')&code_challenge=$challenge&code_challenge_method=S256&state=bench"
  read -r status location < <(http "$BASE/connect/authorize?$query"; echo)
  [[ "$status" == 302 ]] || die "authorize answered $status"
  if [[ "$location" == */connect/authorize/zustimmung* ]]; then
    # First flow for this client: the consent page (a form with antiforgery and a _handler field), then back to authorize.
    read -r status _ < <(http "$location"; echo)
    [[ "$status" == 200 ]] || die "consent page answered $status"
    token=$(page_token "$SCRATCH/body")
    read -r status location < <(http --data-urlencode "_handler=consent" --data-urlencode "__RequestVerificationToken=$token" \
      --data-urlencode "Model.Decision=allow" "$location"; echo)
    [[ "$status" == 302 && "$location" == */connect/authorize* ]] || die "consent answered $status $location"
    CONSENT_FORMS=$(( CONSENT_FORMS + 1 ))
    read -r status location < <(http "$location"; echo)
  fi
  [[ "$status" == 302 && "$location" == "$REDIRECT_URI?"*code=* ]] || die "no code: $status $location"
  code=$(printf '%s' "$location" | grep -oE '[?&]code=[^&]+' | sed 's/.*code=//')
  read -r status _ < <(curl -s -o "$SCRATCH/token.json" -w '%{http_code}' -d grant_type=authorization_code --data-urlencode "code=$code" \
    --data-urlencode "redirect_uri=$REDIRECT_URI" -d "code_verifier=$verifier" "${CLIENT_AUTH[@]}" "$BASE/connect/token"; echo)
  [[ "$status" == 200 ]] || die "code redemption answered $status: $(cat "$SCRATCH/token.json")"
  json_field refresh_token "$SCRATCH/token.json" >>"$out"
  ACCESS_TOKEN=$(json_field access_token "$SCRATCH/token.json")
}

log "== $(( 2 * FLOWS + 1 )) authorization code flows with PKCE (the first one through the consent form)"
: >"$SCRATCH/tokens-first"; : >"$SCRATCH/tokens-warmup"; : >"$SCRATCH/tokens-measure"
flow "$SCRATCH/tokens-first"
[[ "$CONSENT_FORMS" == 1 ]] || die "the first flow did not ask for consent"
USERINFO_TOKEN=$ACCESS_TOKEN
for _ in $(seq 1 "$FLOWS"); do flow "$SCRATCH/tokens-warmup"; done
for _ in $(seq 1 "$FLOWS"); do flow "$SCRATCH/tokens-measure"; done
[[ "$CONSENT_FORMS" == 1 ]] || die "consent was asked again"

# one refresh by hand: the answer carries a new refresh token, the old one is spent
first=$(head -1 "$SCRATCH/tokens-first")
read -r status _ < <(curl -s -o "$SCRATCH/refresh.json" -w '%{http_code}' -d grant_type=refresh_token --data-urlencode "refresh_token=$first" \
  "${CLIENT_AUTH[@]}" "$BASE/connect/token"; echo)
[[ "$status" == 200 && "$(json_field refresh_token "$SCRATCH/refresh.json")" != "$first" ]] || die "refresh grant answered $status"
read -r status _ < <(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $USERINFO_TOKEN" "$BASE/connect/userinfo"; echo)
[[ "$status" == 200 ]] || die "userinfo answered $status"

# ---------------------------------------------------------------- load
# run_wrk LABEL URL [wrk args...] -> sets RPS, P99_MS, NON2XX, SOCKERR, CPU_US; output in $OUT/wrk-sso-LABEL.txt
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$APP_PID/stat"; }
run_wrk() {
  local label="$1" url="$2" outf="$OUT/wrk-sso-$1.txt" t0 t1 n hz
  shift 2
  t0=$(cpu_ticks)
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency "$@" "$url" >"$outf" 2>&1
  t1=$(cpu_ticks)
  n=$(awk '/requests in/ { print $1; exit }' "$outf"); hz=$(getconf CLK_TCK)
  CPU_US=$(awk -v d=$(( t1 - t0 )) -v n="${n:-0}" -v hz="$hz" 'BEGIN { printf "%.0f", (n > 0) ? d * 1000000 / hz / n : 0 }')
  RPS=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$outf")
  P99_MS=$(awk '$1 == "99%" { v = $2; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 } printf "%.2f", v }' "$outf")
  P50_MS=$(awk '$1 == "50%" { v = $2; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 } printf "%.2f", v }' "$outf")
  NON2XX=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' "$outf"); NON2XX=${NON2XX:-0}
  SOCKERR=$(grep -m1 'Socket errors' "$outf" || true)
  if [[ "$NON2XX" != 0 || -n "$SOCKERR" ]]; then FAILED=1; fi
  log "   $label: $RPS req/s, p50 $P50_MS ms, p99 $P99_MS ms, $CPU_US us server CPU/request${SOCKERR:+, $SOCKERR}, non-2xx $NON2XX"
}
warm() { wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" --timeout 10s "$@" >/dev/null 2>&1 || true; }

LUA="$ROOT/bench/sso/refresh-grant.lua"
export BENCH_THREADS="$THREADS" BENCH_CLIENT_ID="$CLIENT_ID" BENCH_CLIENT_SECRET="$CLIENT_SECRET"

log "== wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency (after $WARMUP warm-up each), one target at a time"
warm "$BASE/"
run_wrk home "$BASE/"
home_rps=$RPS; home_p50=$P50_MS; home_p99=$P99_MS; home_cpu=$CPU_US; home_non2xx=$NON2XX

warm -H "Authorization: Bearer $USERINFO_TOKEN" "$BASE/connect/userinfo"
run_wrk userinfo "$BASE/connect/userinfo" -H "Authorization: Bearer $USERINFO_TOKEN"
ui_rps=$RPS; ui_p50=$P50_MS; ui_p99=$P99_MS; ui_cpu=$CPU_US; ui_non2xx=$NON2XX

BENCH_TOKENS="$SCRATCH/tokens-warmup" warm -s "$LUA" "$BASE/connect/token"
BENCH_TOKENS="$SCRATCH/tokens-measure" run_wrk refresh "$BASE/connect/token" -s "$LUA"
rt_rps=$RPS; rt_p50=$P50_MS; rt_p99=$P99_MS; rt_cpu=$CPU_US; rt_non2xx=$NON2XX
rt_summary=$(grep -m1 '^refresh grant:' "$OUT/wrk-sso-refresh.txt" || echo "refresh grant: no summary")
rss=$(awk '/^VmRSS:/ { printf "%.1f", $2 / 1024 }' "/proc/$APP_PID/status")
db_kb=$(du -sk "$DATA" | awk '{ print $1 }')

# ---------------------------------------------------------------- report
echo
echo "Smarte Region — single sign-on (token endpoint and userinfo)"
echo "  commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?'), $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) CPU, dotnet $(dotnet --version)"
echo "  load average before/after: $LOAD_BEFORE / $(loadavg) (figures are only comparable on an otherwise idle machine)"
echo "  published Release build, embedded SQLite profile, RateLimits:SignInPerMinute=$SIGNIN_PER_MINUTE, $CLIENT_KIND client"
echo
echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency, loopback, after a $WARMUP warm-up each, one target at a time:"
printf '  %-42s %9s %9s %9s %11s %8s\n' "target" "req/s" "p50 ms" "p99 ms" "CPU us/req" "non-2xx"
printf '  %-42s %9s %9s %9s %11s %8s\n' "home page /" "$home_rps" "$home_p50" "$home_p99" "$home_cpu" "$home_non2xx"
printf '  %-42s %9s %9s %9s %11s %8s\n' "userinfo GET /connect/userinfo (bearer)" "$ui_rps" "$ui_p50" "$ui_p99" "$ui_cpu" "$ui_non2xx"
printf '  %-42s %9s %9s %9s %11s %8s\n' "token POST /connect/token (refresh grant)" "$rt_rps" "$rt_p50" "$rt_p99" "$rt_cpu" "$rt_non2xx"
echo "  $rt_summary (every refresh token sent once; $FLOWS code flows per token set)"
echo "  RSS after the runs: $rss MB; data folder: $(( db_kb / 1024 )) MB"
echo
echo "wrk output: $OUT/wrk-sso-home.txt, $OUT/wrk-sso-userinfo.txt, $OUT/wrk-sso-refresh.txt"
if [[ "$FAILED" == 0 ]]; then echo "RESULT: no failed requests"; else echo "RESULT: failed requests (see the wrk output)"; fi
exit "$FAILED"
