#!/usr/bin/env bash
# The figures of BENCHMARKS.md, in one run: JMH (parse, parse+validate of odoo.prisma), then the
# whole `bin/refract validate` process against Prisma 7.10's `prisma validate` on the same file
# (hyperfine, then /usr/bin/time -v for max RSS).
#
# Needs: the jars (mvn -B -q package -DskipTests -pl refract-cli,refract-bench -am), hyperfine
# (apt-get install hyperfine), and Prisma 7.10 installed by ../shared/peers/prisma/setup.sh install
# (BASE=/work/peers gives the default PRISMA below).
#
#   env: PRISMA (prisma binary)  CONFORMANCE (corpora)  WORK (scratch folder)  RUNS (10)
set -uo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PRISMA=${PRISMA:-/work/peers/p7/node_modules/.bin/prisma}
CONFORMANCE=${CONFORMANCE:-$REPO/../shared/conformance}
WORK=${WORK:-/tmp/refract-bench}
RUNS=${RUNS:-10}
OUT="$WORK/results-$(date -u +%Y%m%dT%H%M)"
mkdir -p "$OUT"

# Prisma 7 rejects a datasource `url` in the schema (it moved to prisma.config.ts): both tools
# read a copy without it, so both validate the whole schema.
SOURCE="$CONFORMANCE/prisma-engines/query-engine/schema/test-schemas/odoo.prisma"
[ -f "$SOURCE" ] || { echo "no $SOURCE (set CONFORMANCE)" >&2; exit 2; }
mkdir -p "$WORK"
sed '/^datasource db {/,/^}/{/^[[:space:]]*url[[:space:]]*=/d}' "$SOURCE" > "$WORK/odoo.prisma"

{
  echo "refract commit $(git -C "$REPO" rev-parse --short HEAD)"
  date -u; uptime; echo "cores: $(nproc)"; grep -m1 'model name' /proc/cpuinfo; free -g | head -2
  java -version 2>&1 | head -1; echo "node $(node --version)"; "$PRISMA" --version 2>/dev/null | head -1
} > "$OUT/info.txt" 2>&1

cd "$REPO"
REFRACT_CONFORMANCE="$CONFORMANCE" java -jar refract-bench/target/benchmarks.jar ValidateBenchmark \
  -f 1 -wi 3 -i 5 > "$OUT/jmh.txt" 2>&1
echo "after jmh: $(uptime)" >> "$OUT/info.txt"

cd "$WORK"
export PRISMA_SCHEMA_ENGINE_BINARY=/bin/false   # any existing file: skips the engine download
hyperfine --warmup 2 --runs "$RUNS" --export-markdown "$OUT/hyperfine.md" \
  -n refract "$REPO/bin/refract validate --schema odoo.prisma" \
  -n refract-full-jit "java -jar $REPO/refract-cli/target/refract-cli.jar validate --schema odoo.prisma" \
  -n prisma-7.10 "$PRISMA validate --schema odoo.prisma" > "$OUT/hyperfine.txt" 2>&1
echo "after hyperfine: $(uptime)" >> "$OUT/info.txt"

for i in 1 2 3; do
  for tool in refract prisma; do
    if [ "$tool" = refract ]; then cmd=("$REPO/bin/refract"); else cmd=("$PRISMA"); fi
    /usr/bin/time -v "${cmd[@]}" validate --schema odoo.prisma 2>&1 >/dev/null \
      | grep -E 'Maximum resident|Elapsed|User time|System time' | sed "s/^/$tool run $i: /" >> "$OUT/rss.txt"
  done
done
echo "done: $(uptime)" >> "$OUT/info.txt"
echo "$OUT"
