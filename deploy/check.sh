#!/usr/bin/env bash
# Checks the shipping files under deploy/ with the tools this machine has (no container engine is needed):
#   systemd-analyze verify   the systemd unit
#   nginx -t                 both nginx sites, with a throw-away self-signed certificate
#   dockerfilelint, dclint   the Dockerfile and compose.yaml (npm packages, pinned, installed into a temporary folder)
# Ends with one line "deploy files: N checks passed" (exit 0) or names the check that failed (exit 1).
set -euo pipefail
cd "$(dirname "$0")"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
passed=0
fail() { echo "deploy files: $1 failed" >&2; exit 1; }

out="$(systemd-analyze verify systemd/smartregion.service 2>&1)" || fail "systemd-analyze verify ($out)"
[ -z "$out" ] || fail "systemd-analyze verify ($out)"
passed=$((passed + 1))

nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=smarte-region.example \
  -keyout "$tmp/privkey.pem" -out "$tmp/fullchain.pem" >/dev/null 2>&1
for site in nginx/smartregion.conf nginx/compose.conf; do
  # The compose file's upstream names resolve only inside its network; the check puts the loopback address in.
  sed -e "s|/etc/ssl/smartregion|$tmp|g" -e 's/server app[12]:8080/server 127.0.0.1:8080/' "$site" > "$tmp/site.conf"
  cat > "$tmp/nginx.conf" <<CONF
pid $tmp/nginx.pid;
error_log $tmp/error.log;
events {}
http {
  access_log off;
  client_body_temp_path $tmp/body;
  proxy_temp_path $tmp/proxy;
  include $tmp/site.conf;
}
CONF
  out="$("$nginx_bin" -t -p "$tmp" -c "$tmp/nginx.conf" 2>&1)" || fail "nginx -t of $site ($out)"
  passed=$((passed + 1))
done

lint="${SMARTREGION_LINT_DIR:-$tmp/lint}"
if [ ! -x "$lint/node_modules/.bin/dclint" ]; then
  mkdir -p "$lint"
  npm install --prefix "$lint" --no-audit --no-fund --silent dockerfilelint@1.8.0 dclint@3.1.0 >/dev/null 2>&1 \
    || fail "npm install of dockerfilelint and dclint"
fi
out="$("$lint/node_modules/.bin/dockerfilelint" Dockerfile 2>&1)" || fail "dockerfilelint ($out)"
passed=$((passed + 1))
out="$("$lint/node_modules/.bin/dclint" compose.yaml 2>&1)" || fail "dclint ($out)"
passed=$((passed + 1))

echo "deploy files: $passed checks passed"
