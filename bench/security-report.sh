#!/usr/bin/env bash
# Summarises one run of bench/run-security-scan.sh (its output folder) as Markdown: versions, coverage, findings.
# Writes bench/results/security-scan-<UTC date>.md and prints it; exit 1 when there is any finding.
#   bench/security-report.sh OUT BUDGET LEVEL RISK TECHNIQUE MODULES
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$1"; BUDGET="$2"; LEVEL="$3"; RISK="$4"; TECHNIQUE="$5"; MODULES="$6"
mkdir -p "$ROOT/bench/results"
REPORT="$ROOT/bench/results/security-scan-$(date -u +%Y-%m-%dT%H%M).md"
count() { grep -c "$@" 2>/dev/null || true; }
routes=$(( $(wc -l <"$OUT/endpoints.tsv") - 1 ))
pages=$(awk -F'\t' 'NR>1 && $3=="page"' "$OUT/endpoints.tsv" | wc -l)
apis=$(awk -F'\t' 'NR>1 && $3=="api"' "$OUT/endpoints.tsv" | wc -l)
requests=$(wc -l <"$OUT/sqlmap/index.tsv")
forms=$(awk -F'\t' '$3=="form"' "$OUT/sqlmap/index.tsv" | wc -l)
ran=$(awk -F'\t' '$3=="done" || $3 ~ /^cut/ || $3=="FINDING"' "$OUT/sqlmap/runs.tsv" | wc -l)
complete=$(awk -F'\t' '$3=="done" || $3=="FINDING"' "$OUT/sqlmap/runs.tsv" | wc -l)
sqlmap_findings=$(wc -l <"$OUT/sqlmap/findings.txt")
wapiti_findings=$(wc -l <"$OUT/wapiti/findings.txt")
server_errors=$(wc -l <"$OUT/server-errors.tsv")
{
  echo "# Security scan $(date -u +%Y-%m-%d\ %H:%M) UTC"
  echo
  echo "- commit: $(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet || echo ' (with uncommitted changes)')"
  echo "- sqlmap $(sqlmap --version 2>/dev/null | head -n1), $(wapiti --version 2>&1 | tail -n1), $(dotnet --version | sed 's/^/.NET SDK /')"
  echo "- budget ${BUDGET} s; sqlmap level ${LEVEL}, risk ${RISK}, techniques ${TECHNIQUE}; wapiti modules ${MODULES}"
  echo "- routes from the endpoint data source: ${routes} (${pages} page, ${apis} API method × route), static files excluded"
  echo "- sqlmap request files: ${requests} (${forms} forms); run: ${ran}, of them finished within their share: ${complete}"
  echo "- wapiti: $(for p in "$OUT"/wapiti/*.urls; do printf '%s %s, ' "$(basename "$p" .urls)" "$(wc -l <"$p")"; done | sed 's/, $//') start URLs"
  echo
  echo "## Findings"
  echo
  echo "- sqlmap injection points: ${sqlmap_findings}"
  sed 's/^/  - /' "$OUT/sqlmap/findings.txt"
  echo "- wapiti vulnerabilities and anomalies: ${wapiti_findings}"
  sed 's/^/  - /' "$OUT/wapiti/findings.txt"
  echo "- answers of 500 or more during the scan: ${server_errors}"
  sort "$OUT/server-errors.tsv" | uniq -c | sort -rn | head -n 40 | sed 's/^/  - /'
  echo
  echo "## Coverage per persona (GET routes answered 2xx)"
  echo
  for p in "$OUT"/wapiti/*.urls; do echo "- $(basename "$p" .urls): $(wc -l <"$p")"; done
} | tee "$REPORT"
log() { printf '%s\n' "$*" >&2; }
log "report: $REPORT"
(( sqlmap_findings + wapiti_findings + server_errors == 0 )) || exit 1
