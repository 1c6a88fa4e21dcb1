// Sends every case document, unchanged, to real Prisma 7 (its client engine's request entry, which takes a
// JSON-protocol document) and writes what Prisma returns in the suite's output convention.
// Run by record.sh, from the peer's Prisma 7 folder (where tsx, @prisma/client and the adapters live):
//   DIALECT=postgresql|sqlite DB_URL=... GENERATED=<folder of the generated client> DIFF=<differential folder>
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dialect = need("DIALECT");
const dbUrl = need("DB_URL");
const diff = need("DIFF");
const generated = need("GENERATED");

function need(name: string): string {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set`);
  return v;
}

/** Which dialects each case runs on: dialects.txt lines "<case> <dialect>..."; unlisted cases run everywhere. */
export function dialectsOf(dir: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const line of readFileSync(join(dir, "dialects.txt"), "utf8").split("\n")) {
    const t = line.replace(/#.*/, "").trim();
    if (!t) continue;
    const [name, ...ds] = t.split(/\s+/);
    map.set(name, ds);
  }
  return map;
}

async function adapter() {
  if (dialect === "postgresql") {
    const { PrismaPg } = await import("@prisma/adapter-pg");
    return new PrismaPg({ connectionString: dbUrl });
  }
  const { PrismaBetterSqlite3 } = await import("@prisma/adapter-better-sqlite3");
  // Integer milliseconds, as Prisma's native engine (Prisma 6) and Refract store DateTime on SQLite;
  // the adapter's default would write ISO-8601 text instead.
  return new PrismaBetterSqlite3({ url: dbUrl }, { timestampFormat: "unixepoch-ms" });
}

const mod: any = await import(join(generated, "client.ts"));
const Decimal = mod.Prisma.Decimal;
const prisma: any = new mod.PrismaClient({ adapter: await adapter() });

/** Prisma's tagged result values, turned into what the client would hand out, printed as JSON. */
function plain(v: any): any {
  if (v === null || typeof v !== "object") return v;
  if (Array.isArray(v)) return v.map(plain);
  if (typeof v.$type === "string") {
    switch (v.$type) {
      case "DateTime": return new Date(v.value).toISOString();
      case "Decimal": return new Decimal(v.value).toString();
      case "BigInt": return String(v.value);
      case "Bytes": return Buffer.from(v.value, "base64").toString("base64");
      case "Json": return JSON.parse(v.value);
      default: throw new Error(`unexpected tagged value ${JSON.stringify(v)}`);
    }
  }
  const out: any = {};
  for (const [k, x] of Object.entries(v)) out[k] = plain(x);
  return out;
}

const only = dialectsOf(diff);
const casesDir = join(diff, "cases");
const outDir = join(diff, "expected", dialect);
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
let written = 0, errors = 0, skipped = 0;
for (const file of readdirSync(casesDir).filter((f) => f.endsWith(".json")).sort()) {
  const name = file.slice(0, -5);
  const ds = only.get(name);
  if (ds && !ds.includes(dialect)) { skipped++; continue; }
  const doc = JSON.parse(readFileSync(join(casesDir, file), "utf8"));
  let result: any;
  try {
    const response = await prisma._engine.request(doc, { interactiveTransaction: undefined });
    result = plain(response.data[doc.action]);
  } catch (e: any) {
    if (typeof e?.code !== "string") console.error(`${name}: error without a code: ${e?.stack ?? e}`);
    result = { error: { code: e?.code ?? null, message: e?.message ?? String(e) } };
    errors++;
  }
  writeFileSync(join(outDir, file), JSON.stringify(result, null, 2) + "\n");
  written++;
}
await prisma.$disconnect();
console.log(`${dialect}: ${written} expected files (${errors} errors), ${skipped} cases not for ${dialect}`);
if (!existsSync(outDir)) process.exit(1);
