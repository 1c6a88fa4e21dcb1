#!/usr/bin/env bash
# Checks `migrate dev` against real Prisma (6.19, wasm schema engine, see ../shared/peers/prisma) on
# PostgreSQL, both ways, on one database and one migrations folder:
#   1. Refract's migrate dev writes the first migration; Prisma's migrate dev finds nothing to do.
#   2. Prisma's migrate dev writes the next one; Refract's finds nothing to do and status agrees.
#   3. Refract writes a third; Prisma finds nothing to do.
#   4. Drift made by hand and an edited migration: both stop with exit 130 and the same explanation
#      (the command name in the hint aside).
#   5. Both refuse a migration with a destructive-change warning off a terminal, with the same text.
#   6. Refract's migrate reset --force; Prisma's status is up to date.
# Usage: PEER=/work/peers/p6 PGURL=postgresql://postgres@127.0.0.1:5432 refract-migrate/compat/check-prisma-dev.sh
# Needs bin/refract's jar (mvn -B -q package -DskipTests -pl refract-cli -am) and psql.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
R="$root/bin/refract"
PEER="${PEER:-/work/peers/p6}"
PGURL="${PGURL:-postgresql://postgres@127.0.0.1:5432}"
work="$(mktemp -d)"
db="refract_compat_dev_$$"
trap 'psql -q "$PGURL/postgres" -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1; rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
# The engine binaries cannot be downloaded here; any existing file stops the CLI from trying.
export PRISMA_SCHEMA_ENGINE_BINARY=/bin/false PRISMA_QUERY_ENGINE_LIBRARY=/bin/false CI=1
prisma() { (cd "$work" && timeout 180 npx prisma "$@" </dev/null 2>&1); }
refract() { (cd "$work" && "$R" "$@" </dev/null 2>&1); }
expect() { # expect <exit code> <text> <command...>
  local code=$1 text=$2; shift 2
  set +e; out="$("$@")"; got=$?; set -e
  [ "$got" = "$code" ] || fail "$* exited $got, expected $code:\n$out"
  grep -qF -- "$text" <<<"$out" || fail "$* did not print '$text':\n$out"
  echo "ok: $* -> $code, '$text'"
}
edit() { sed -i "$1" "$work/prisma/schema.prisma"; }

mkdir -p "$work/prisma"
cp "$PEER/prisma.config.ts" "$PEER/package.json" "$work/"; ln -s "$PEER/node_modules" "$work/node_modules"
cat > "$work/prisma/schema.prisma" <<'SCHEMA'
datasource db {
  provider = "postgresql"
  url      = env("DATABASE_URL")
}

enum Role {
  USER
  ADMIN
}

model User {
  id        Int      @id @default(autoincrement())
  email     String   @unique
  role      Role     @default(USER)
  createdAt DateTime @default(now())
  posts     Post[]
}

model Post {
  id       Int     @id @default(autoincrement())
  title    String
  body     String?
  authorId Int
  author   User    @relation(fields: [authorId], references: [id], onDelete: Cascade)
  tags     Tag[]

  @@index([authorId, title])
}

model Tag {
  id    Int    @id @default(autoincrement())
  name  String @unique
  posts Post[]
}
SCHEMA
psql -q "$PGURL/postgres" -c "CREATE DATABASE $db"
export DATABASE_URL="$PGURL/$db"

expect 0 "_init/" refract migrate dev --name init
expect 0 "Already in sync, no schema change or pending migration was found." prisma migrate dev --name noop --skip-generate
edit 's/  ADMIN/  ADMIN\n  EDITOR/; s/  body     String?/  body     String?\n  views    Int     @default(0)\n  slug     String?/'
expect 0 "_by_prisma/" prisma migrate dev --name by_prisma --skip-generate
expect 0 "Already in sync, no schema change or pending migration was found." refract migrate dev
expect 0 "Database schema is up to date!" refract migrate status
edit 's/  tags     Tag\[\]/  tags     Tag[]\n  editorId Int?\n  editor   User?   @relation("edits", fields: [editorId], references: [id])/; s/  posts     Post\[\]/  posts     Post[]\n  edited    Post[]   @relation("edits")/'
expect 0 "_by_refract/" refract migrate dev --name by_refract
expect 0 "Already in sync, no schema change or pending migration was found." prisma migrate dev --skip-generate

psql -q "$DATABASE_URL" -c 'CREATE TABLE "Extra"(id int primary key); ALTER TABLE "Post" DROP COLUMN body; CREATE INDEX "x_idx" ON "Tag"(name)'
echo "-- edited" >> "$(ls -d "$work"/prisma/migrations/*_by_prisma)/migration.sql"
expect 130 "Drift detected" prisma migrate dev --skip-generate; p="$out"
expect 130 "Drift detected" refract migrate dev; r="$out"
reason() { sed -n '/^- The migration/,/^All data will be lost/p' <<<"$1" | sed 's/prisma migrate reset/refract migrate reset/'; }
[ "$(reason "$p")" = "$(reason "$r")" ] || fail "different drift explanations:\n--- prisma\n$(reason "$p")\n--- refract\n$(reason "$r")"
echo "ok: the same drift explanation"
sed -i '$d' "$(ls -d "$work"/prisma/migrations/*_by_prisma)/migration.sql"

expect 0 "Database reset successful" refract migrate reset --force
expect 0 "Database schema is up to date!" prisma migrate status
psql -q "$DATABASE_URL" -c "INSERT INTO \"User\" (email) VALUES ('a@b.c')"
edit 's/  createdAt DateTime @default(now())//'
expect 1 "non-interactive, which is not supported" prisma migrate dev --skip-generate; p="$out"
expect 1 "non-interactive, which is not supported" refract migrate dev; r="$out"
warn() { grep -F "  • " <<<"$1"; }
[ "$(warn "$p")" = "$(warn "$r")" ] || fail "different warnings:\n$(warn "$p")\n$(warn "$r")"
echo "ok: the same warning: $(warn "$r")"
echo "Prisma and Refract continue each other's migrate dev."
