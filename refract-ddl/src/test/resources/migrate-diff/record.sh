#!/usr/bin/env bash
# Records what Prisma 6.19 (wasm schema engine, offline) writes for every schema edit in cases/:
#   prisma migrate diff --from-schema-datamodel A --to-schema-datamodel B --script   -> expected/<dialect>/<case>.sql
#   the same without --script (the human summary)                                    -> expected/<dialect>/<case>.txt
# A case file holds schema A, a line "// ===", then schema B, without datasource (added here per
# dialect); a first line "// dialects: postgresql" limits it to those dialects.
#
#   bash record.sh [case-name...]          (default: every case)
#   env: PEER_BASE (/work/peers, see shared/peers/prisma/setup.sh)  JOBS (6)
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
P6=${PEER_BASE:-/work/peers}/p6
JOBS=${JOBS:-6}
export npm_config_update_notifier=false DATABASE_URL=${DATABASE_URL:-postgresql://postgres@127.0.0.1:5432/postgres}
[ -d "$P6/node_modules/prisma" ] || { echo "no Prisma 6 peer in $P6" >&2; exit 1; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

header() { # dialect
  if [ "$1" = postgresql ]; then
    printf 'datasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}\n\n'
  else
    printf 'datasource db {\n  provider = "sqlite"\n  url      = "file:unused.db"\n}\n\n'
  fi
}

record() { # case-file dialect
  local f=$1 d=$2 name; name=$(basename "$f" .prisma)
  local dir="$WORK/$d/$name"; mkdir -p "$dir" "$HERE/expected/$d"
  { header "$d"; sed '/^\/\/ ===$/,$d' "$f" | grep -v '^// dialects:'; } > "$dir/a.prisma"
  { header "$d"; sed '1,/^\/\/ ===$/d' "$f"; } > "$dir/b.prisma"
  (cd "$P6" && npx prisma migrate diff --from-schema-datamodel "$dir/a.prisma" \
      --to-schema-datamodel "$dir/b.prisma" --script 2>/dev/null) > "$HERE/expected/$d/$name.sql"
  (cd "$P6" && npx prisma migrate diff --from-schema-datamodel "$dir/a.prisma" \
      --to-schema-datamodel "$dir/b.prisma" 2>/dev/null) > "$HERE/expected/$d/$name.txt"
  echo "recorded $d/$name"
}

cases=("$@")
[ ${#cases[@]} -gt 0 ] || cases=($(cd "$HERE/cases" && ls *.prisma | sed 's/\.prisma$//'))
for c in "${cases[@]}"; do
  f="$HERE/cases/$c.prisma"
  dialects="postgresql sqlite"
  first=$(head -1 "$f")
  case "$first" in "// dialects:"*) dialects=${first#// dialects: } ;; esac
  for d in $dialects; do
    while [ "$(jobs -rp | wc -l)" -ge "$JOBS" ]; do sleep 0.5; done
    record "$f" "$d" &
  done
done
wait
