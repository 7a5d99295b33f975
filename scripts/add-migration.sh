#!/usr/bin/env bash
# Adds a migration for a model change and regenerates the compiled model the app starts on.
# Usage: scripts/add-migration.sh NAME
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
dotnet ef migrations add "$1" --project src/PolicyArchive.Core --startup-project src/PolicyArchive.Web --output-dir Migrations
scripts/regen-compiled-model.sh
