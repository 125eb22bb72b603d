#!/usr/bin/env bash
# Two app nodes behind nginx on one PostgreSQL database, on this machine: requests/s and latency of `/` and
# `/hilfe?q=schulden` through nginx beside one node asked directly (same run), and the delay from a change on node A
# until node B's help search finds it.
#
#   bench/run-two-nodes.sh                          # about 4 minutes (publish, migrate with demo content, 4 × 15 s of load)
#   BENCH_DURATION=3s BENCH_WARMUP=1s BENCH_SAMPLES=5 BENCH_SKIP_BUILD=1 bench/run-two-nodes.sh   # a quick check that it runs
#
# Bars (docs/performance.md, "Two nodes behind nginx"): no error and no non-2xx answer at 64 connections, through nginx
# and directly; propagation A → B p95 ≤ 2 s.
#
# What it does: publishes the app (Release, linux-x64; BENCH_SKIP_BUILD=1 reuses bench/.out/two-nodes-app), starts a
# throw-away PostgreSQL (initdb + pg_ctl on a free loopback port), runs `migrate` once with the demo content, starts
# nodes A and B (own data folders sharing keys/, audit/ and opendata/files/ as deploy/compose.yaml does, own ports,
# DataProtection:Store=Database, Proxy:Enabled with nginx as the known proxy) and Debian's nginx in the foreground with
# the upstream of deploy/nginx/smartregion.conf (round robin, no sticky sessions, the same forwarded headers), plain HTTP
# on a loopback port. It measures only when both nodes say Healthy and each node's CPU has settled (bench/lib/settle.sh),
# warms each address up, then runs wrk. Propagation: the demo region admin signs in on A; BENCH_SAMPLES times an HSDS
# import on A renames an offer with a new word, and B's /api/help/search is asked every 10 ms until it finds the word.
#
# Knobs: BENCH_DURATION (15s), BENCH_WARMUP (5s), BENCH_CONNECTIONS (64), BENCH_THREADS (2), BENCH_SAMPLES (50),
#        BENCH_OUT (bench/.out), BENCH_SKIP_BUILD=1. Needs dotnet, curl, wrk, python3, nginx, PostgreSQL's server binaries.
# Exit 1 when a bar is missed, 2 when a tool or the build is missing. Loopback only; every process is stopped on exit.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=bench/lib/settle.sh
. "$ROOT/bench/lib/settle.sh"
OUT="${BENCH_OUT:-$ROOT/bench/.out}"
DURATION="${BENCH_DURATION:-15s}"
WARMUP="${BENCH_WARMUP:-5s}"
CONNECTIONS="${BENCH_CONNECTIONS:-64}"
THREADS="${BENCH_THREADS:-2}"
SAMPLES="${BENCH_SAMPLES:-50}"
APP_DIR="$OUT/two-nodes-app"
HOST=127.0.0.1
SCRATCH="$(mktemp -d "${TMPDIR:-/tmp}/smartregion-two-nodes.XXXXXX")"
chmod 755 "$SCRATCH"
PIDS=()
PG_DATA=""
FAILED=0
LOAD_FAILED=0
log() { printf '%s\n' "$*" >&2; }
as_pg() { if [[ "$(id -u)" == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
  local pid
  for pid in "${PIDS[@]:-}"; do
    [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null && { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }
  done
  if [[ -n "$PG_DATA" ]]; then as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -m immediate stop >/dev/null 2>&1 || true; fi
  rm -rf "$SCRATCH"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

for tool in dotnet curl wrk python3; do command -v "$tool" >/dev/null || { log "missing tool: $tool"; exit 2; }; done
NGINX="$(command -v nginx || ls /usr/sbin/nginx 2>/dev/null || true)"
[[ -x "$NGINX" ]] || { log "missing tool: nginx (apt-get install -y nginx)"; exit 2; }
PG_BIN="$(dirname "$(ls -d /usr/lib/postgresql/*/bin/pg_ctl 2>/dev/null | sort -V | tail -n 1)")"
[[ -x "$PG_BIN/pg_ctl" && -x "$PG_BIN/initdb" ]] || { log "missing tool: pg_ctl/initdb (apt-get install -y postgresql)"; exit 2; }
mkdir -p "$OUT"

free_port() {
  local port
  for _ in $(seq 1 200); do
    port=$(( 20000 + RANDOM % 30000 ))
    (exec 3<>"/dev/tcp/$HOST/$port") 2>/dev/null || { echo "$port"; return 0; }
  done
  log "no free port found"; exit 2
}

# ---------------------------------------------------------------- build
if [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
  log "== publishing the app (Release, linux-x64) into $APP_DIR"
  rm -rf "$APP_DIR"
  dotnet publish "$ROOT/src/SmartRegion.Web/SmartRegion.Web.csproj" -c Release -r linux-x64 --self-contained false -o "$APP_DIR" --nologo -v quiet \
    >"$SCRATCH/publish.log" 2>&1 || { cat "$SCRATCH/publish.log" >&2; exit 2; }
fi
[[ -f "$APP_DIR/SmartRegion.Web.dll" ]] || { log "publish output missing in $APP_DIR"; exit 2; }

# ---------------------------------------------------------------- PostgreSQL
PG_DIR="$SCRATCH/pg"; mkdir -p "$PG_DIR"; chmod 755 "$PG_DIR"
if [[ "$(id -u)" == 0 ]]; then id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres; chown postgres "$PG_DIR"; fi
PG_PORT=$(free_port)
as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" --username=bench --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$SCRATCH/initdb.log" 2>&1 || { cat "$SCRATCH/initdb.log" >&2; exit 2; }
PG_DATA="$PG_DIR/data"
as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_DIR/server.log" -w -t 60 -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null
CONN="Host=$HOST;Port=$PG_PORT;Username=bench;Database=postgres"
log "== PostgreSQL $("$PG_BIN/postgres" --version | awk '{ print $3 }') on $HOST:$PG_PORT"

# ---------------------------------------------------------------- migrate once, then two nodes and nginx
DATA_A="$SCRATCH/a"; DATA_B="$SCRATCH/b"
mkdir -p "$DATA_A/keys" "$DATA_A/audit" "$DATA_A/opendata/files" "$DATA_B/opendata"
# Shared between the nodes as deploy/compose.yaml mounts them; the rest of each data folder is the node's own.
ln -s "$DATA_A/keys" "$DATA_B/keys"; ln -s "$DATA_A/audit" "$DATA_B/audit"; ln -s "$DATA_A/opendata/files" "$DATA_B/opendata/files"
PROXY_PORT=$(free_port); PORT_A=$(free_port); PORT_B=$(free_port)
COMMON=(Database__Provider=Postgres "ConnectionStrings__SmartRegion=$CONN" DOTNET_NOLOGO=1 Logging__LogLevel__Default=Warning)
log "== migrate with the demo content"
(cd "$APP_DIR" && env "${COMMON[@]}" Storage__DataPath="$DATA_A" Seeding__Demo=true dotnet SmartRegion.Web.dll migrate) >"$SCRATCH/migrate.log" 2>&1 \
  || { tail -20 "$SCRATCH/migrate.log" >&2; exit 2; }

# start_node NAME DATA PORT -> appends the pid to PIDS
start_node() {
  (cd "$APP_DIR" && exec env "${COMMON[@]}" Storage__DataPath="$2" Outbox__Node="$1" Seeding__Demo=false Database__MigrateOnStart=false \
     DataProtection__Store=Database Proxy__Enabled=true Proxy__KnownProxies__0=$HOST Modules__Hub__PublicOrigin="http://$HOST:$PROXY_PORT" \
     RateLimits__AnonymousReadsPerMinute=100000000 RateLimits__PublicWritePerMinute=100000000 \
     dotnet "$APP_DIR/SmartRegion.Web.dll" --urls "http://$HOST:$3") >"$SCRATCH/node-$1.log" 2>&1 &
  PIDS+=("$!")
}
log "== nodes A (:$PORT_A) and B (:$PORT_B), started side by side"
start_node A "$DATA_A" "$PORT_A"; PID_A=${PIDS[-1]}
start_node B "$DATA_B" "$PORT_B"; PID_B=${PIDS[-1]}

mkdir -p "$SCRATCH/nginx"
NGINX_USER=""; [[ "$(id -u)" == 0 ]] && NGINX_USER="user root root;"
cat >"$SCRATCH/nginx/nginx.conf" <<EOF
$NGINX_USER
worker_processes auto;
daemon off;
pid $SCRATCH/nginx/nginx.pid;
error_log $SCRATCH/nginx/error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    client_body_temp_path $SCRATCH/nginx/body;
    proxy_temp_path $SCRATCH/nginx/proxy;
    fastcgi_temp_path $SCRATCH/nginx/fastcgi;
    uwsgi_temp_path $SCRATCH/nginx/uwsgi;
    scgi_temp_path $SCRATCH/nginx/scgi;
    upstream smartregion {
        server $HOST:$PORT_A max_fails=3 fail_timeout=10s;
        server $HOST:$PORT_B max_fails=3 fail_timeout=10s;
        keepalive 32;
    }
    server {
        listen $HOST:$PROXY_PORT;
        server_tokens off;
        client_max_body_size 210m;
        proxy_request_buffering off;
        location / {
            proxy_pass http://smartregion;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            # \$http_host, not \$host as in deploy/nginx: on a port other than 443 it keeps the port in the links.
            proxy_set_header Host \$http_host;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto \$scheme;
            proxy_set_header X-Forwarded-Host \$http_host;
            proxy_next_upstream error timeout http_502 http_503;
            proxy_connect_timeout 5s;
            proxy_read_timeout 120s;
        }
    }
}
EOF
"$NGINX" -p "$SCRATCH/nginx" -c "$SCRATCH/nginx/nginx.conf" -e "$SCRATCH/nginx/error.log" -t >"$SCRATCH/nginx-test.log" 2>&1 || { cat "$SCRATCH/nginx-test.log" >&2; exit 2; }
"$NGINX" -p "$SCRATCH/nginx" -c "$SCRATCH/nginx/nginx.conf" -e "$SCRATCH/nginx/error.log" >"$SCRATCH/nginx.log" 2>&1 &
PIDS+=("$!")

# wait_healthy URL PID NAME: until /health/ready says Healthy (demo content and search index there, projections caught up)
wait_healthy() {
  local t0; t0=$(date +%s)
  until curl -s --max-time 2 "$1/health/ready" 2>/dev/null | grep -q '^Healthy'; do
    kill -0 "$2" 2>/dev/null || { log "node $3 exited"; tail -20 "$SCRATCH/node-$3.log" >&2; exit 2; }
    (( $(date +%s) - t0 > 600 )) && { log "node $3 not Healthy after 10 minutes"; exit 2; }
    sleep 0.2
  done
}
wait_healthy "http://$HOST:$PORT_A" "$PID_A" A
wait_healthy "http://$HOST:$PORT_B" "$PID_B" B
curl -s -f -o /dev/null "http://$HOST:$PROXY_PORT/health/live" || { log "nginx does not answer"; cat "$SCRATCH/nginx/error.log" >&2; exit 2; }
read -r idle_a cpu_a < <(wait_idle "$PID_A" 180) || log "   ! node A did not settle within 180 s"
read -r idle_b cpu_b < <(wait_idle "$PID_B" 180) || log "   ! node B did not settle within 180 s"
log "   both Healthy; A idle after ${idle_a} s (${cpu_a} s CPU), B after ${idle_b} s (${cpu_b} s CPU)"

# ---------------------------------------------------------------- load: through nginx and one node directly
ROWS=()
# load NAME LABEL URL: warm-up, settle, then wrk (output in bench/.out/wrk-two-nodes-NAME.txt); one row with req/s,
# p50/p99 and the errors
load() {
  local label="$2" url="$3" file="$OUT/wrk-two-nodes-$1.txt" errors non2xx rps p50 p99 verdict
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$url" >/dev/null 2>&1 || true
  wait_idle "$PID_A" 30 >/dev/null || true
  wait_idle "$PID_B" 30 >/dev/null || true
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$url" >"$file" 2>&1 || true
  rps=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$file")
  p50=$(awk '$1 == "50%" { print $2 }' "$file"); p99=$(awk '$1 == "99%" { print $2 }' "$file")
  non2xx=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' "$file"); non2xx=${non2xx:-0}
  errors=$(awk '/Socket errors:/ { gsub(/,/, ""); print $4 + $6 + $8 + $10 }' "$file"); errors=${errors:-0}
  verdict=PASS; (( non2xx == 0 && errors == 0 )) || { verdict=FAIL; FAILED=1; LOAD_FAILED=1; }
  ROWS+=("$(printf '  %-34s %8s req/s  p50 %8s  p99 %8s  non-2xx %s  socket errors %s  %s' "$label" "${rps:-?}" "${p50:-?}" "${p99:-?}" "$non2xx" "$errors" "$verdict")")
  log "${ROWS[-1]}"
}
log "== wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency (after $WARMUP warm-up each), both nodes idle before each run"
load home-nginx "/ through nginx (A+B)" "http://$HOST:$PROXY_PORT/"
load home-direct "/ node A directly" "http://$HOST:$PORT_A/"
load hilfe-q-nginx "/hilfe?q=schulden through nginx" "http://$HOST:$PROXY_PORT/hilfe?q=schulden"
load hilfe-q-direct "/hilfe?q=schulden node A directly" "http://$HOST:$PORT_A/hilfe?q=schulden"

# ---------------------------------------------------------------- propagation A -> B
log "== propagation: $SAMPLES changes on node A, each until node B's help search finds it"
wait_idle "$PID_A" 60 >/dev/null || true
wait_idle "$PID_B" 60 >/dev/null || true
python3 - "http://$HOST:$PORT_A" "http://$HOST:$PORT_B" "$DATA_A/demo-zugang.txt" "$SAMPLES" >"$SCRATCH/propagation.txt" <<'EOF' || { cat "$SCRATCH/propagation.txt" >&2; exit 1; }
import html, html.parser, http.cookiejar, re, json, sys, time, urllib.error, urllib.parse, urllib.request, uuid

node_a, node_b, access, samples = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
OFFER = "f4cfd722-8410-437c-854a-2c1815ca2ff4"  # Schuldner- und Insolvenzberatung, a demo offer of the whole district
lines = dict(l.split(": ", 1) for l in open(access, encoding="utf-8").read().splitlines() if ": " in l)

class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None

jar = http.cookiejar.CookieJar()
a = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)

class Form(html.parser.HTMLParser):
    """The inputs of the sign-in form (the form inside <main>)."""
    def __init__(self):
        super().__init__(); self.main = False; self.form = False; self.fields = {}; self.action = None
    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "main": self.main = True
        elif tag == "form" and self.main and self.action is None: self.form = True; self.action = attrs.get("action") or "/anmelden"
        elif tag in ("input", "button") and self.form and attrs.get("name"): self.fields.setdefault(attrs["name"], attrs.get("value") or "")
    def handle_endtag(self, tag):
        if tag == "form": self.form = False

form = Form(); form.feed(a.open(node_a + "/anmelden").read().decode())
form.fields.update({"Model.Email": lines["E-Mail"], "Model.Password": lines["Passwort"]})
try:
    a.open(urllib.parse.urljoin(node_a + "/anmelden", form.action), urllib.parse.urlencode(form.fields).encode())
    raise SystemExit("the sign-in on node A did not redirect")
except urllib.error.HTTPError as e:
    if e.code != 302: raise SystemExit(f"the sign-in on node A answered {e.code}")

# A write with the session cookie carries the antiforgery token, read from a page as the platform's scripts do.
token = re.search(r'name="__RequestVerificationToken" value="([^"]+)"', a.open(node_a + "/abmelden/bestaetigen").read().decode()).group(1)
headers = {"Content-Type": "application/json", "RequestVerificationToken": html.unescape(token)}
export = json.load(a.open(node_a + "/api/help/export"))
service = next(s for s in export["services"] if s["id"] == OFFER)
name = service["name"]
delays = []
for i in range(samples):
    word = "Knoten" + "".join(chr(97 + b % 26) for b in uuid.uuid4().bytes[:8])
    service["name"] = f"{name} {word}"
    request = urllib.request.Request(node_a + "/api/help/imports", json.dumps({"services": [service]}).encode(), headers)
    with a.open(request) as answer:
        if json.load(answer)["updated"] != 1: raise SystemExit("the import on node A changed nothing")
    t0 = time.monotonic()
    while True:
        with urllib.request.urlopen(f"{node_b}/api/help/search?q={word}") as found:
            if OFFER in found.read().decode(): break
        if time.monotonic() - t0 > 30: raise SystemExit(f"node B did not find change {i + 1} within 30 s")
        time.sleep(0.01)
    delays.append((time.monotonic() - t0) * 1000)
service["name"] = name
a.open(urllib.request.Request(node_a + "/api/help/imports", json.dumps({"services": [service]}).encode(), headers))
delays.sort()
pick = lambda q: delays[min(len(delays) - 1, int(round(q * (len(delays) - 1))))]
print(f"{len(delays)} {pick(0.5):.0f} {pick(0.95):.0f} {delays[-1]:.0f}")
EOF
read -r n p50 p95 max <"$SCRATCH/propagation.txt"
prop_verdict=PASS; awk -v p="$p95" 'BEGIN { exit !(p <= 2000) }' || { prop_verdict=FAIL; FAILED=1; }

# ---------------------------------------------------------------- report
echo
echo "== two nodes behind nginx, one PostgreSQL"
echo "  commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?'), $(date -u '+%Y-%m-%d %H:%M UTC'), $(machine_line)"
echo "  published Release build, PostgreSQL $("$PG_BIN/postgres" --version | awk '{ print $3 }'), nginx $("$NGINX" -v 2>&1 | sed 's|.*/||'), demo content; wrk -t$THREADS -c$CONNECTIONS -d$DURATION after a $WARMUP warm-up, both nodes idle before each run"
printf '%s\n' "${ROWS[@]}"
echo "  propagation A -> B (HSDS import on A until B's /api/help/search finds it), $n samples: p50 $p50 ms, p95 $p95 ms, max $max ms  $prop_verdict"
echo "  bar no errors and no non-2xx at $CONNECTIONS connections: $( (( LOAD_FAILED == 0 )) && echo met || echo 'NOT met')"
echo "  bar propagation p95 <= 2 s: $( [[ $prop_verdict == PASS ]] && echo "met ($p95 ms)" || echo "NOT met ($p95 ms)")"
exit "$FAILED"
