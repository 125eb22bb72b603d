#!/usr/bin/env bash
# Adds a migration to a module for both database providers.
# Usage: scripts/add-migration.sh <Module> <MigrationName>     e.g. scripts/add-migration.sh Hub AddAuditLog
set -euo pipefail
module="${1:?module name, e.g. Hub}"
name="${2:?migration name}"
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
dotnet tool restore >/dev/null
project="src/Modules/$module/SmartRegion.$module"
startup="src/SmartRegion.Web"
Database__Provider=Sqlite Outbox__RunInBackground=false \
  dotnet ef migrations add "$name" --project "$project" --startup-project "$startup" \
  --context "${module}SqliteDb" --output-dir Migrations/Sqlite
Database__Provider=Postgres ConnectionStrings__SmartRegion="Host=localhost;Database=design_time_only" Outbox__RunInBackground=false \
  dotnet ef migrations add "$name" --project "$project" --startup-project "$startup" \
  --context "${module}PostgresDb" --output-dir Migrations/Postgres
# Migrations belong to the module's internals like everything else in it.
find "$project/Migrations" -name "*_${name}.cs" -exec sed -i 's/^    public partial class /    internal partial class /' {} +
