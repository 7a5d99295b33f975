#!/usr/bin/env bash
# Adds a migration for a model change to both stores' migration sets (SQLite: src/PolicyArchive.Core/Migrations;
# PostgreSQL: src/PolicyArchive.Migrations.PostgreSQL/Migrations) and regenerates the compiled model the app starts on
# with SQLite. A set that already has a migration of that NAME is left alone: after merging a branch that added only the
# SQLite migration, the same command adds its PostgreSQL twin.
# Usage: scripts/add-migration.sh NAME
set -euo pipefail
cd "$(dirname "$0")/.."
name="$1"
dotnet tool restore >/dev/null
dotnet build src/PolicyArchive.Web --nologo -v q
if ! compgen -G "src/PolicyArchive.Core/Migrations/*_${name}.cs" >/dev/null; then
  dotnet ef migrations add "$name" --no-build --project src/PolicyArchive.Core --startup-project src/PolicyArchive.Web --output-dir Migrations
fi
if ! compgen -G "src/PolicyArchive.Migrations.PostgreSQL/Migrations/*_${name}.cs" >/dev/null; then
  # The design-time app on PostgreSQL; no server is contacted to add a migration.
  dotnet ef migrations add "$name" --no-build --project src/PolicyArchive.Migrations.PostgreSQL --startup-project src/PolicyArchive.Web \
    --output-dir Migrations -- --Archive:Store PostgreSQL --ConnectionStrings:Archive "Host=localhost;Database=design-time"
fi
scripts/regen-compiled-model.sh --no-build
