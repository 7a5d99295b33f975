#!/usr/bin/env bash
# Regenerates the single initial migration from the model. Only for while nothing has been released: once a
# store exists in the wild, add a new migration instead (dotnet ef migrations add NAME ...).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
rm -rf src/PolicyArchive.Core/Migrations
dotnet ef migrations add InitialCreate --project src/PolicyArchive.Core --startup-project src/PolicyArchive.Web --output-dir Migrations
# The compiled model the app starts on follows the same model.
scripts/regen-compiled-model.sh
