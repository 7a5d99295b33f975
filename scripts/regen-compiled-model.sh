#!/usr/bin/env bash
# Regenerates the EF Core compiled model (src/PolicyArchive.Core/Documents/CompiledModel) the app starts on instead of
# building the model at every start. Run after any change to an entity or its configuration;
# CompiledModelTests fails until you do.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
rm -rf src/PolicyArchive.Core/Documents/CompiledModel
dotnet ef dbcontext optimize --project src/PolicyArchive.Core --startup-project src/PolicyArchive.Web \
  --output-dir Documents/CompiledModel --namespace PolicyArchive.Core.Documents.CompiledModel
