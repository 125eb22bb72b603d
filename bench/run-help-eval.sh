#!/usr/bin/env bash
# Relevance of the help search: recall@5 (capped and uncapped) and nDCG@10 on the development and the held-out
# query sets, beside the plain baseline (Lucene GermanAnalyzer + BM25 over name and description) in the same run.
#
#   bench/run-help-eval.sh             # the table
#   bench/run-help-eval.sh --verbose   # plus every query below recall@5 = 1 or nDCG@10 = 0.8, with its top 10
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dotnet build "$ROOT/bench/HelpSearch/HelpSearch.csproj" -c Release --nologo -v quiet -clp:ErrorsOnly >&2
exec dotnet "$ROOT/bench/HelpSearch/bin/Release/net10.0/HelpSearch.dll" eval "$@"
