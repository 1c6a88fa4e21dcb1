#!/usr/bin/env bash
# Records what real Prisma 7 answers to every case: resets each database, applies Prisma's own DDL for the
# schema and the seed, sends each cases/*.json document unchanged to Prisma 7 and writes expected/<dialect>/.
#
#   bash record.sh [--author] [--verify] [--reads|--writes] [postgresql] [sqlite]   (default: both suites, both dialects)
#
#   --author   first rewrite cases/*.json and dialects.txt from tools/cases.ts, and writes/cases/*.json,
#              writes/state.json and writes/dialects.txt from tools/write-cases.ts (through Prisma Client 7)
#   --verify   then run tools/cases.ts (and tools/write-cases.ts) through Prisma Client 7 itself and check it
#              agrees with the recording
#   --reads / --writes   record only the read suite (expected/) or only the write suite (writes/expected/)
#
# Needs the peer installed by shared/peers/prisma/setup.sh install (BASE=$PEER_BASE); installs
# @prisma/adapter-better-sqlite3@7.10.0 into $PEER_BASE/p7 for SQLite when it is missing.
#   env: PEER_BASE (/work/peers)  PG_URL (postgresql://postgres@127.0.0.1:55432, the peer's PostgreSQL)
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
PEER_BASE=${PEER_BASE:-/work/peers}
P7=$PEER_BASE/p7
P6=$PEER_BASE/p6
PG_URL=${PG_URL:-postgresql://postgres@127.0.0.1:55432}
DB=refract_diff
WORK=$P7/refract-diff
export PRISMA_SCHEMA_ENGINE_BINARY=/bin/false   # Prisma 7's CLI needs no schema engine for generate
export npm_config_update_notifier=false

AUTHOR=0
VERIFY=0
READS=1
WRITES=1
DIALECTS=()
for a in "$@"; do
  case "$a" in
    --author) AUTHOR=1 ;;
    --verify) VERIFY=1 ;;
    --reads) WRITES=0 ;;
    --writes) READS=0 ;;
    postgresql|sqlite) DIALECTS+=("$a") ;;
    *) echo "usage: record.sh [--author] [--verify] [--reads|--writes] [postgresql] [sqlite]" >&2; exit 2 ;;
  esac
done
[ ${#DIALECTS[@]} -gt 0 ] || DIALECTS=(postgresql sqlite)

quiet() { grep -v -e nodedir -e '^$' || true; }

generate() { # dialect: generated client in $WORK/<dialect>/generated; Prisma's DDL in prisma-ddl.<dialect>.sql
  local d=$1
  mkdir -p "$WORK/$d"
  cp "$HERE/schema.$d.prisma" "$WORK/$d/schema.prisma"
  (cd "$P7" && npx prisma generate --schema "$WORK/$d/schema.prisma" 2>&1 | quiet | grep -i -e error -e generated)
  # Prisma 6 (wasm schema engine, works offline) writes the DDL; it wants a url in the datasource.
  local url='env("DATABASE_URL")'
  [ "$d" = sqlite ] && url='"file:unused.db"'
  sed "s|^\(  provider = \"$d\"\)$|\1\n  url      = $url|" "$HERE/schema.$d.prisma" > "$WORK/$d/schema.p6.prisma"
  (cd "$P6" && DATABASE_URL=$PG_URL/postgres npx prisma migrate diff --from-empty \
      --to-schema-datamodel "$WORK/$d/schema.p6.prisma" --script 2>/dev/null) > "$HERE/prisma-ddl.$d.sql"
}

reset() { # dialect: a fresh database with Prisma's DDL and the seed; prints its URL
  local d=$1
  if [ "$d" = postgresql ]; then
    psql -q "$PG_URL/postgres" -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" \
      -c "CREATE DATABASE $DB TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'" >&2
    psql -q -v ON_ERROR_STOP=1 "$PG_URL/$DB" -f "$HERE/prisma-ddl.$d.sql" -f "$HERE/seed.$d.sql" >/dev/null 2>&1 \
      || { echo "seeding PostgreSQL failed" >&2; exit 1; }
    echo "$PG_URL/$DB"
  else
    rm -f "$WORK/$d/$DB.db"
    (cd "$P7" && node -e '
      const fs = require("fs"); const Db = require("better-sqlite3"); const db = new Db(process.argv[1]);
      for (const f of process.argv.slice(2)) db.exec(fs.readFileSync(f, "utf8"));' \
      "$WORK/$d/$DB.db" "$HERE/prisma-ddl.$d.sql" "$HERE/seed.$d.sql")
    echo "file:$WORK/$d/$DB.db"
  fi
}

[ -d "$P7/node_modules/@prisma/client" ] || { echo "no Prisma 7 peer in $P7 (see the header)" >&2; exit 1; }
if [ ! -d "$P7/node_modules/@prisma/adapter-better-sqlite3" ]; then
  # better-sqlite3 builds its native module from source when its prebuilt download is unreachable
  (cd "$P7" && npm install --no-fund --no-audit @prisma/adapter-better-sqlite3@7.10.0 2>&1 | quiet | tail -1)
fi
node "$HERE/tools/seed.mjs"
mkdir -p "$WORK/tools"
cp "$HERE"/tools/*.ts "$WORK/tools/"   # run from inside the peer so that its node_modules resolve
for d in postgresql sqlite; do generate "$d"; done
if [ $AUTHOR = 1 ]; then
  (cd "$P7" && DIFF=$HERE GENERATED_POSTGRESQL=$WORK/postgresql/generated GENERATED_SQLITE=$WORK/sqlite/generated \
    npx tsx "$WORK/tools/author.ts" 2>&1 | quiet)
  (cd "$P7" && DIFF=$HERE GENERATED_POSTGRESQL=$WORK/postgresql/generated GENERATED_SQLITE=$WORK/sqlite/generated \
    npx tsx "$WORK/tools/write-author.ts" 2>&1 | quiet)
fi
for d in "${DIALECTS[@]}"; do
  url=$(reset "$d")
  if [ $READS = 1 ]; then
    (cd "$P7" && DIALECT=$d DB_URL=$url GENERATED=$WORK/$d/generated DIFF=$HERE npx tsx "$WORK/tools/record.ts" 2>&1 | quiet)
  fi
  if [ $VERIFY = 1 ] && [ $READS = 1 ]; then
    (cd "$P7" && DIALECT=$d DB_URL=$url GENERATED=$WORK/$d/generated DIFF=$HERE npx tsx "$WORK/tools/verify.ts" 2>&1 | quiet)
  fi
  if [ $WRITES = 1 ]; then
    # each write case gets a copy of the freshly seeded database made by reset: PostgreSQL's as a template
    template=$DB
    [ "$d" = sqlite ] && template=$WORK/$d/$DB.db
    (cd "$P7" && DIALECT=$d TEMPLATE=$template PG_URL=$PG_URL GENERATED=$WORK/$d/generated DIFF=$HERE \
      npx tsx "$WORK/tools/write-record.ts" 2>&1 | quiet)
    if [ $VERIFY = 1 ]; then
      (cd "$P7" && DIALECT=$d TEMPLATE=$template PG_URL=$PG_URL GENERATED=$WORK/$d/generated DIFF=$HERE \
        npx tsx "$WORK/tools/write-verify.ts" 2>&1 | quiet)
    fi
  fi
done
