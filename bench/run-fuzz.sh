#!/usr/bin/env bash
# Fuzzing of every parser that takes outside input, for a fixed time: the HSDS import (Help), the datastore's CSV/XLSX
# loader and its datastore_search query (OpenData), the GeoJSON preview (OpenData) and the package_search grammar
# (q, fq, sort, paging, facets). The properties are the CsCheck tests in tests/*/Fuzzing/; the normal suite runs them
# briefly with a fixed seed, this script runs each for FUZZ_SECONDS with fresh random seeds.
#
#   bench/run-fuzz.sh                     # 60 s per property, 6 properties: about 8 minutes with the build
#   FUZZ_SECONDS=600 bench/run-fuzz.sh    # a longer run
#   FUZZ_SEED=<seed> bench/run-fuzz.sh    # replay the seed a failure printed (CsCheck shrinks and prints it)
#
# A failure prints the smallest input CsCheck found and its seed; it becomes a regression test and a fix.
# Exit code: that of dotnet test (non-zero on any failing property). Everything runs in process; nothing listens.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export SMARTREGION_FUZZ_SECONDS="${FUZZ_SECONDS:-60}"
[[ -n "${FUZZ_SEED:-}" ]] && export SMARTREGION_FUZZ_SEED="$FUZZ_SEED"
log() { printf '%s\n' "$*" >&2; }
status=0
for project in SmartRegion.OpenData.Tests SmartRegion.Help.Tests; do
  log "== $project: building"
  dotnet build "$ROOT/tests/$project" -nologo -v quiet >/dev/null || exit 2
  log "== $project: fuzzing, ${SMARTREGION_FUZZ_SECONDS} s per property"
  dotnet test "$ROOT/tests/$project" --no-build --filter "FullyQualifiedName~.Fuzzing." --logger "console;verbosity=normal" || status=$?
done
exit "$status"
