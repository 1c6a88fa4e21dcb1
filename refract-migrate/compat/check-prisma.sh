#!/usr/bin/env bash
# Checks, both ways, that real Prisma (6.19, wasm schema engine, see ../shared/peers/prisma) and
# Refract accept each other's migrations folder and _prisma_migrations history on PostgreSQL:
#   A. Refract deploys, Prisma's status agrees, Prisma deploys the next migration on Refract's
#      history, Refract records a failure that Prisma's status and deploy (P3009) see, Refract
#      resolves it and Prisma deploys the fixed migration.
#   B. Prisma deploys, Refract's status agrees, Prisma records a failure that Refract's status and
#      deploy (P3009) see, Refract resolves it and Prisma deploys the fix; Refract's status agrees.
#   C. Refract's migrate dev writes a folder (init, then an edit); Prisma's status accepts the
#      database it made, Prisma deploys the folder to a fresh database, and Prisma's diff from the
#      folder (replayed on its shadow database) to the schema is empty.
#   D. Prisma's migrate dev writes a folder; Refract deploys it to a fresh database, its status and
#      migrate diff find nothing to do, and Refract's migrate dev on Prisma's database is in sync.
#   E. prisma migrate diff --from-empty --script and Refract's print the same SQL for the schema
#      (the corpus of 60 edits is checked in refract-ddl's tests; this is the live spot check).
# Usage: PEER=/work/peers/p6 PGURL=postgresql://postgres@127.0.0.1:5432 refract-migrate/compat/check-prisma.sh
# Needs bin/refract's jar (mvn -B -q package -DskipTests -pl refract-cli -am) and psql. The output of
# the last run is kept in refract-migrate/compat/last-run.txt.
# (prisma migrate resolve needs the native schema engine, which the offline peer lacks.)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
R="${REFRACT:-$root/bin/refract}" # REFRACT: another refract command (a copy of the jar, while a build runs)
PEER="${PEER:-/work/peers/p6}"
PGURL="${PGURL:-postgresql://postgres@127.0.0.1:5432}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
expect() { # expect <exit code> <text> <command...>: runs it, checks exit code and that the output contains text
  local code=$1 text=$2; shift 2
  set +e; out="$("$@" 2>&1)"; got=$?; set -e
  [ "$got" = "$code" ] || fail "$* exited $got, expected $code:\n$out"
  grep -qF -- "$text" <<<"$out" || fail "$* did not print '$text':\n$out"
  echo "ok: $* -> $code, '$text'"
}
prisma() { (cd "$dir" && timeout 180 npx prisma "$@"); }
refract() { (cd "$dir" && "$R" "$@"); }
migration() { mkdir -p "$dir/prisma/migrations/$1"; printf '%s' "$2" > "$dir/prisma/migrations/$1/migration.sql"; }

for side in a b; do
  dir="$work/$side"; db="refract_compat_${side}_$$"
  mkdir -p "$dir/prisma"
  cp "$PEER/prisma.config.ts" "$PEER/package.json" "$dir/"; ln -s "$PEER/node_modules" "$dir/node_modules"
  cp "$PEER/prisma/schema.prisma" "$dir/prisma/"
  cp -r "$PEER/prisma/migrations" "$dir/prisma/"
  psql -q "$PGURL/postgres" -c "CREATE DATABASE $db"
  export DATABASE_URL="$PGURL/$db"
  first=refract; second=prisma
  if [ $side = b ]; then first=prisma; second=refract; fi
  expect 0 "All migrations have been successfully applied." $first migrate deploy
  expect 0 "Database schema is up to date!" $second migrate status
  migration 20300101000000_nick $'-- AlterTable\r\nALTER TABLE "User" ADD COLUMN "nick" TEXT;\r\n'
  expect 0 "20300101000000_nick/" $second migrate deploy
  expect 0 "Database schema is up to date!" $first migrate status
  migration 20300102000000_bad $'CREATE TABLE "Tag" (id INT);\nSELECT * FROM "Nope";\n'
  if [ $side = a ]; then expect 1 "P3018" refract migrate deploy; else expect 1 "Nope" prisma migrate deploy; fi
  expect 1 "Following migration have failed:" $second migrate status
  expect 1 "P3009" $second migrate deploy
  # Refract ran the failed migration in a transaction: nothing of it is left. Prisma does not: its
  # first statement stays, and a manual rollback comes before resolve --rolled-back.
  left="$(psql -At "$DATABASE_URL" -c "SELECT to_regclass('\"Tag\"') IS NOT NULL")"
  if [ $side = a ]; then [ "$left" = f ] || fail "Refract left part of a failed migration"
  else [ "$left" = t ] || fail "expected Prisma to leave the failed migration's first statement"
    psql -q "$DATABASE_URL" -c 'DROP TABLE "Tag"'; fi
  echo "ok: failed migration left a table: $left"
  expect 0 "marked as rolled back" refract migrate resolve --rolled-back 20300102000000_bad
  migration 20300102000000_bad $'CREATE TABLE "Tag" (id INT);\n'
  expect 0 "20300102000000_bad/" prisma migrate deploy
  expect 0 "Database schema is up to date!" refract migrate status
  psql -q "$PGURL/postgres" -c "DROP DATABASE $db WITH (FORCE)"
done

# Offline, Prisma 6 must not look for its native engines (the wasm engine and the client need none).
export PRISMA_SCHEMA_ENGINE_BINARY="${PRISMA_SCHEMA_ENGINE_BINARY:-/bin/false}"
export PRISMA_QUERY_ENGINE_LIBRARY="${PRISMA_QUERY_ENGINE_LIBRARY:-/bin/false}"
edit_schema() { # the second edit of C and D: a nullable column and a new model with a unique index
  sed -i 's/^  name      String?$/  name      String?\n  nick      String?/' "$dir/prisma/schema.prisma"
  printf '\nmodel Tag {\n  id   Int    @id @default(autoincrement())\n  name String @unique\n}\n' >> "$dir/prisma/schema.prisma"
}
for side in c d; do
  dir="$work/$side"; db="refract_compat_${side}_$$"; fresh="refract_compat_${side}2_$$"
  mkdir -p "$dir/prisma"
  cp "$PEER/prisma.config.ts" "$PEER/package.json" "$dir/"; ln -s "$PEER/node_modules" "$dir/node_modules"
  cp "$PEER/prisma/schema.prisma" "$dir/prisma/"
  psql -q "$PGURL/postgres" -c "CREATE DATABASE $db" -c "CREATE DATABASE $fresh"
  export DATABASE_URL="$PGURL/$db"
  if [ $side = c ]; then
    expect 0 "Your database is now in sync with your schema." refract migrate dev --name init
    edit_schema
    expect 0 "_tags/" refract migrate dev --name tags
    expect 0 "Database schema is up to date!" prisma migrate status
  else
    expect 0 "Your database is now in sync with your schema." prisma migrate dev --name init --skip-generate --skip-seed
    edit_schema
    expect 0 "_tags/" prisma migrate dev --name tags --skip-generate --skip-seed
    expect 0 "Already in sync" refract migrate dev
  fi
  [ "$(ls "$dir/prisma/migrations" | grep -c '_init$\|_tags$')" = 2 ] || fail "expected two migrations in $side"
  export DATABASE_URL="$PGURL/$fresh"
  if [ $side = c ]; then
    expect 0 "All migrations have been successfully applied." prisma migrate deploy
    expect 0 "Database schema is up to date!" prisma migrate status
    # (--from-url is refused with an adapter in prisma.config.ts: Prisma replays the folder on its shadow database.)
    expect 0 "No difference detected." prisma migrate diff --from-migrations prisma/migrations --to-schema-datamodel prisma/schema.prisma --exit-code
  else
    expect 0 "All migrations have been successfully applied." refract migrate deploy
    expect 0 "Database schema is up to date!" refract migrate status
    expect 0 "No difference detected." refract migrate diff --from-url "$DATABASE_URL" --to-schema-datamodel prisma/schema.prisma --exit-code
  fi
  psql -q "$PGURL/postgres" -c "DROP DATABASE $db WITH (FORCE)" -c "DROP DATABASE $fresh WITH (FORCE)"
done
# E: the same migration from an empty database, from the edited schema of D. (Prisma's config
# connects its adapter even here, so it needs a database that exists.)
export DATABASE_URL="$PGURL/postgres"
prisma migrate diff --from-empty --to-schema-datamodel prisma/schema.prisma --script > "$work/prisma.sql" 2>/dev/null \
  || fail "prisma migrate diff --from-empty failed"
refract migrate diff --from-empty --to-schema-datamodel prisma/schema.prisma --script > "$work/refract.sql" \
  || fail "refract migrate diff --from-empty failed"
diff -u "$work/prisma.sql" "$work/refract.sql" || fail "migrate diff --from-empty differs"
echo "ok: migrate diff --from-empty --script: Prisma and Refract print the same $(grep -c '^-- ' "$work/refract.sql") steps"
echo "Prisma and Refract accept each other's migrations and history."
