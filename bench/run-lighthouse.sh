#!/usr/bin/env bash
# Lighthouse (mobile) on the ten main pages, as residents open them on a phone: performance >= 95, accessibility 100,
# best practices 100, SEO 100.
#
#   bench/run-lighthouse.sh        # about 5 minutes (publish, npm install once, ten pages)
#
# Publishes the app (Release, linux-x64), starts it on the embedded SQLite profile with its demo content, waits until it
# is idle, installs lighthouse (pinned, npm) into bench/.out/lighthouse once, and runs it with Debian's Chromium
# (CHROME_PATH, never a downloaded browser) on each page: the default mobile form factor with simulated throttling,
# categories performance, accessibility, best-practices and seo. Prints one line per page and a verdict per bar; each
# page's JSON report stays in bench/.out/lighthouse-*.json.
#
# Knobs: BENCH_OUT (bench/.out), BENCH_SKIP_BUILD=1 (reuse bench/.out/lighthouse-app), CHROMIUM_PATH (/usr/bin/chromium).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=bench/lib/settle.sh
. "$ROOT/bench/lib/settle.sh"
# shellcheck source=bench/lib/app.sh
. "$ROOT/bench/lib/app.sh"
OUT="${BENCH_OUT:-$ROOT/bench/.out}"
APP_DIR="$OUT/lighthouse-app"
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
LIGHTHOUSE_VERSION=12.2.3
log() { printf '%s\n' "$*" >&2; }
[[ -x "$CHROMIUM" ]] || { log "Chromium is needed at $CHROMIUM (Debian: apt-get install -y chromium)"; exit 2; }
command -v npm >/dev/null || { log "npm is needed (Debian: apt-get install -y nodejs npm)"; exit 2; }
mkdir -p "$OUT"
if [[ ! -x "$OUT/lighthouse/node_modules/.bin/lighthouse" ]]; then
  log "== installing lighthouse@$LIGHTHOUSE_VERSION into $OUT/lighthouse"
  mkdir -p "$OUT/lighthouse"
  (cd "$OUT/lighthouse" && npm init -y >/dev/null && npm install --no-audit --no-fund -E "lighthouse@$LIGHTHOUSE_VERSION" >"$OUT/lighthouse-npm.log" 2>&1) \
    || { tail -20 "$OUT/lighthouse-npm.log" >&2; exit 2; }
fi
publish_app "$APP_DIR" "$OUT/lighthouse-publish.log"
port=$(free_port 56800 56900)
origin="http://127.0.0.1:$port"

log "== starting the app with its demo content"
start_app "$APP_DIR" "$(mktemp -d /tmp/smartregion-bench-lighthouse.XXXXXX)" "$port" "$OUT/lighthouse-app.log" ASPNETCORE_ENVIRONMENT=Production
until [[ "$(curl -s "$origin/health/ready")" == Healthy ]]; do sleep 1; done
read -r idle_wait _ < <(wait_idle "$APP_PID" 180) || log "   ! the app did not settle within 180 s"

# The pages with an id: the first offer found for "schulden", the first dataset, the next event.
offer=$(curl -s "$origin/api/help/search?q=schulden" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["items"][0]["id"])')
dataset=$(curl -s "$origin/api/3/action/package_list" | python3 -c 'import json,sys; print(json.load(sys.stdin)["result"][0])')
event=$(curl -s "$origin/api/events/events" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["slug"])')
pages=(/ /hilfe "/hilfe?q=schulden" "/hilfe/angebote/$offer" /daten "/daten/$dataset" /veranstaltungen "/veranstaltungen/$event" /gemeinden /fortschritt)

load_before=$(cut -d' ' -f1 /proc/loadavg)
results=()
for path in "${pages[@]}"; do
  name=$(printf '%s' "$path" | tr -c 'a-zA-Z0-9' '-' | sed 's/^-*//; s/-*$//'); name=${name:-home}
  log "== lighthouse $path"
  # Lighthouse now and then loses the page load's trace (NO_NAVSTART); a second attempt is a fresh Chromium.
  for attempt in 1 2; do
    CHROME_PATH="$CHROMIUM" "$OUT/lighthouse/node_modules/.bin/lighthouse" "$origin$path" --quiet \
      --only-categories=performance,accessibility,best-practices,seo \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run --disable-background-networking --disable-component-update --disable-sync" \
      --output=json --output-path="$OUT/lighthouse-$name.json" >/dev/null 2>"$OUT/lighthouse-$name.log" && break
    (( attempt == 2 )) && { tail -5 "$OUT/lighthouse-$name.log" >&2; exit 2; }
  done
  results+=("$(python3 - "$OUT/lighthouse-$name.json" "$path" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
cats = report["categories"]
score = lambda c: round((cats[c]["score"] or 0) * 100)
failed = [a["id"] for c in ("accessibility", "best-practices", "seo") for ref in cats[c]["auditRefs"]
          if ref["weight"] > 0 for a in [report["audits"][ref["id"]]] if a["score"] is not None and a["score"] < 1]
print(f'{score("performance")} {score("accessibility")} {score("best-practices")} {score("seo")} {sys.argv[2]} {",".join(failed) or "-"}')
PY
)")
done
load_after=$(cut -d' ' -f1 /proc/loadavg)

echo
echo "== Lighthouse $LIGHTHOUSE_VERSION, mobile (simulated throttling), $(${CHROMIUM} --version 2>/dev/null | head -1)"
echo "  commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?'), $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) CPU, $(awk -F: '/model name/ { print $2; exit }' /proc/cpuinfo | sed 's/^ *//')"
echo "  load average before/after: $load_before / $load_after; the app idle ${idle_wait:-?} s after ready before the first page"
printf '  %-5s %-5s %-5s %-5s %-40s %s\n' perf a11y bp seo page "audits below 100 (a11y, bp, seo)"
fail=0
for line in "${results[@]}"; do
  read -r perf a11y bp seo path failed <<<"$line"
  printf '  %-5s %-5s %-5s %-5s %-40s %s\n' "$perf" "$a11y" "$bp" "$seo" "$path" "$failed"
  (( perf >= 95 && a11y == 100 && bp == 100 && seo == 100 )) || fail=1
done
if (( fail == 0 )); then echo "  bars (performance >= 95, accessibility, best practices and SEO 100 on every page): met"; else echo "  bars (performance >= 95, accessibility, best practices and SEO 100 on every page): NOT met"; fi
