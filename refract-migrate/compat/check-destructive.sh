#!/usr/bin/env bash
# Checks Refract's destructive change checker against real Prisma (6.19, wasm schema engine, see
# ../shared/peers/prisma) on PostgreSQL: for each case, both tools push the "before" schema to a
# fresh database, the same rows are inserted, and both push the "after" schema without
# --accept-data-loss; the warning and unexecutable lines they print must be the same (the command
# name in the hint aside) and both must exit 1.
# Usage: PEER=/work/peers/p6 PGURL=postgresql://postgres@127.0.0.1:5432 refract-migrate/compat/check-destructive.sh
# Needs bin/refract's jar (mvn -B -q package -DskipTests -pl refract-cli -am) and psql.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
R="$root/bin/refract"
PEER="${PEER:-/work/peers/p6}"
PGURL="${PGURL:-postgresql://postgres@127.0.0.1:5432}"
work="$(mktemp -d)"
db="refract_destructive_$$"
trap 'psql -q "$PGURL/postgres" -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1; rm -rf "$work"' EXIT
mkdir -p "$work/prisma"
cp "$PEER/prisma.config.ts" "$PEER/package.json" "$work/"; ln -s "$PEER/node_modules" "$work/node_modules"
export DATABASE_URL="$PGURL/$db" PGOPTIONS="--client-min-messages=warning"
header='generator client {
  provider   = "prisma-client"
  output     = "../generated/prisma"
  engineType = "client"
}

datasource db {
  provider = "postgresql"
  url      = env("DATABASE_URL")
}
'
push() { # push <tool> [flags]: the lines a push prints about data loss, and its exit code
  local tool=$1; shift
  set +e
  if [ "$tool" = prisma ]; then out="$(cd "$work" && timeout 180 npx prisma db push --skip-generate "$@" 2>&1)"
  else out="$(cd "$work" && "$R" db push "$@" 2>&1)"; fi
  code=$?
  set -e
  grep -E '•|cannot be executed|accept-data-loss flag' <<<"$out" | sed 's/prisma db push/<cli> db push/; s/refract db push/<cli> db push/' || true
  echo "exit $code"
}
run() { # run <tool> <before> <seed> <after>
  psql -q "$PGURL/postgres" -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
  printf '%s\n%b\n' "$header" "$2" > "$work/prisma/schema.prisma"
  push "$1" >/dev/null
  [ -z "$3" ] || psql -q "$DATABASE_URL" -c "$3"
  printf '%s\n%b\n' "$header" "$4" > "$work/prisma/schema.prisma"
  push "$1"
}
check() { # check <name> <before> <seed> <after>
  local name=$1; shift
  p="$(run prisma "$@")"; r="$(run refract "$@")"
  [ "$p" = "$r" ] || { printf 'FAIL: %s\n--- prisma\n%s\n--- refract\n%s\n' "$name" "$p" "$r" >&2; exit 1; }
  grep -q "exit 1" <<<"$p" || { echo "FAIL: $name: expected a refusal:\n$p" >&2; exit 1; }
  echo "ok: $name ($(grep -c '•' <<<"$p") lines)"
}
check drop_table_and_column 'model User {\n id Int @id\n}' 'CREATE TABLE IF NOT EXISTS "Post" (id int primary key); ALTER TABLE "User" ADD COLUMN x text; INSERT INTO "User" VALUES (1, NULL), (2, $$a$$); INSERT INTO "Post" VALUES (1), (2), (3)' 'model User {\n id Int @id\n}'
check add_required_column 'model User {\n id Int @id\n}' 'INSERT INTO "User" (id) VALUES (1), (2)' 'model User {\n id Int @id\n x String\n}'
check risky_cast_varchar 'model T {\n id Int @id\n x String? @db.VarChar(10)\n}' "INSERT INTO \"T\" (id, x) VALUES (1, 'abc'), (2, NULL)" 'model T {\n id Int @id\n x String? @db.VarChar(3)\n}'
check text_to_int 'model T {\n id Int @id\n x String?\n}' "INSERT INTO \"T\" (id, x) VALUES (1, '12')" 'model T {\n id Int @id\n x Int?\n}'
check make_required 'model User {\n id Int @id\n x String?\n}' "INSERT INTO \"User\" (id, x) VALUES (1, 'a'), (2, NULL), (3, NULL)" 'model User {\n id Int @id\n x String\n}'
check add_unique 'model User {\n id Int @id\n email String\n}' "INSERT INTO \"User\" (id, email) VALUES (1, 'a'), (2, 'a')" 'model User {\n id Int @id\n email String @unique\n}'
check primary_key_change 'model User {\n id Int @id\n code String @default("c")\n}' 'INSERT INTO "User" (id) VALUES (1)' 'model User {\n id Int\n code String @id @default("c")\n}'
check recreate_required 'model T {\n id Int @id\n x Mood\n}\nenum Mood {\n A\n B\n}\nenum Other {\n A\n B\n}' "INSERT INTO \"T\" (id, x) VALUES (1, 'A')" 'model T {\n id Int @id\n x Other\n}\nenum Mood {\n A\n B\n}\nenum Other {\n A\n B\n}'
check enum_value_removal 'model T {\n id Int @id\n m Mood\n}\nenum Mood {\n A\n B\n C\n}' "INSERT INTO \"T\" (id, m) VALUES (1, 'A')" 'model T {\n id Int @id\n m Mood\n}\nenum Mood {\n A\n}'
check scalar_to_list 'model T {\n id Int @id\n x String?\n}' "INSERT INTO \"T\" (id, x) VALUES (1, 'a'), (2, NULL)" 'model T {\n id Int @id\n x String[]\n}'
echo "all cases agree"
