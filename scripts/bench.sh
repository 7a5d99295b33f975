#!/usr/bin/env bash
# Runs the benchmark and writes docs/benchmarks.md, docs/benchmarks.json and docs/benchmarks/*.svg.
# Usage: scripts/bench.sh [--quick | --smoke | --million] [more options, see bench/PolicyArchive.Bench/BenchOptions.cs]
set -euo pipefail
cd "$(dirname "$0")/.."
missing=()
compgen -G "/usr/lib/postgresql/*/bin/initdb" > /dev/null || missing+=(postgresql)
command -v wrk > /dev/null || missing+=(wrk)
/usr/bin/python3 -c 'import xapian' 2> /dev/null || missing+=(python3-xapian)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  fi
fi
# The server runs as it is deployed: published ReadyToRun (see the csproj), which about halves its cold start.
app_dir=artifacts/bench-app
dotnet publish -c Release --use-current-runtime --self-contained false -o "$app_dir" src/PolicyArchive.Web > /dev/null
export POLICYARCHIVE_BENCH_APP="$PWD/$app_dir/PolicyArchive.Web.dll"
exec dotnet run -c Release --project bench/PolicyArchive.Bench -- "$@"
