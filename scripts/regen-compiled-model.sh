#!/usr/bin/env bash
# Regenerates the EF Core compiled model (src/PolicyArchive.Core/Documents/CompiledModel) the app starts on instead of
# building the model at every start. Run after any change to an entity or its configuration;
# CompiledModelTests fails until you do. The compiled model is provider-specific: this is SQLite's; PostgreSQL builds its
# model at start. Extra arguments (--no-build) go to dotnet ef.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
# The old model stays in place while EF builds the app, then the new one replaces it whole (no stale entity files).
core=src/PolicyArchive.Core/Documents
rm -rf "$core/CompiledModel.next"
dotnet ef dbcontext optimize --project src/PolicyArchive.Core --startup-project src/PolicyArchive.Web \
  --output-dir Documents/CompiledModel.next --namespace PolicyArchive.Core.Documents.CompiledModel "$@"
rm -rf "$core/CompiledModel"
mv "$core/CompiledModel.next" "$core/CompiledModel"
