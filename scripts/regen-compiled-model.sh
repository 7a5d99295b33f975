#!/usr/bin/env bash
# Regenerates the EF Core compiled model (src/PolicyArchive.Core/Documents/CompiledModel) the app starts on instead of
# building the model at every start. Run after any change to an entity or its configuration;
# CompiledModelTests fails until you do.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
# The old model stays in place while EF builds the app, then the new one replaces it whole (no stale entity files).
core=src/PolicyArchive.Core/Documents
rm -rf "$core/CompiledModel.next"
dotnet ef dbcontext optimize --project src/PolicyArchive.Core --startup-project src/PolicyArchive.Web \
  --output-dir Documents/CompiledModel.next --namespace PolicyArchive.Core.Documents.CompiledModel
rm -rf "$core/CompiledModel"
mv "$core/CompiledModel.next" "$core/CompiledModel"
