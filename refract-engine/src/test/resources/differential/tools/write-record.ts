// Records what real Prisma 7 answers to every write case: for each case a fresh copy of the seeded database
// (PostgreSQL: CREATE DATABASE ... TEMPLATE <seeded template>; SQLite: a copy of the seeded file), each step's
// document sent unchanged to Prisma 7's engine request entry, then the case's state documents (writes/state.json).
// Writes writes/expected/<dialect>/NNN-name.json = {"answers": [...], "state": {"<name>": rows}}, in the suite's
// output convention, volatile values replaced by tokens (see normalize). Run by record.sh --writes:
//   DIALECT=postgresql|sqlite TEMPLATE=<PostgreSQL database name | SQLite file> PG_URL=... GENERATED=... DIFF=...
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { deserializeRawResult } from "@prisma/client/runtime/client";

const dialect = process.env.DIALECT!;
const template = process.env.TEMPLATE!;
const pgUrl = process.env.PG_URL!;
const root = join(process.env.DIFF!, "writes");
const mod: any = await import(join(process.env.GENERATED!, "client.ts"));
const Decimal = mod.Prisma.Decimal;
const CASE_DB = "refract_diff_write";

/** A value in the suite's output convention: Prisma's tagged result values and client values alike. */
function plain(v: any): any {
  if (v === null || v === undefined) return null;
  if (typeof v === "bigint") return String(v);
  if (v instanceof Date) return v.toISOString();
  if (v instanceof Uint8Array) return Buffer.from(v).toString("base64");
  if (Decimal.isDecimal(v)) return v.toString();
  if (typeof v !== "object") return v;
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
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
}

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
/** Generated-id formats and their tokens, checked in this order (the same list as VolatileValues.java). */
const IDS: [RegExp, string][] = [
  [/^c[a-z0-9]{24}$/, "<cuid>"],
  [/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/, "<uuid>"],
  [/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/, "<uuid7>"],
  [/^[a-z][a-z0-9]{23}$/, "<cuid2>"],
  [/^[0-9A-HJKMNP-TV-Z]{26}$/, "<ulid>"],
  [/^[A-Za-z0-9_-]{21}$/, "<nanoid>"],
];
/**
 * Volatile generated values become tokens, after their format is checked: a DateTime within an hour of the run
 * (now(), @updatedAt) "<now>", generated ids by IDS. No case writes such values itself.
 */
function normalize(v: any): any {
  if (typeof v === "string") {
    if (ISO.test(v) && Math.abs(Date.parse(v) - Date.now()) < 3600_000) return "<now>";
    for (const [re, token] of IDS) if (re.test(v)) return token;
    return v;
  }
  if (Array.isArray(v)) return v.map(normalize);
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, normalize(x)]));
  return v;
}

async function freshDatabase(): Promise<{ adapter: any; url: string }> {
  if (dialect === "postgresql") {
    const admin = new pg.Client({ connectionString: `${pgUrl}/postgres` });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${CASE_DB} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${CASE_DB} TEMPLATE ${template}`);
    await admin.end();
    const { PrismaPg } = await import("@prisma/adapter-pg");
    return { adapter: new PrismaPg({ connectionString: `${pgUrl}/${CASE_DB}` }), url: `${pgUrl}/${CASE_DB}` };
  }
  const file = template.replace(/\.db$/, "-case.db");
  rmSync(file, { force: true });
  copyFileSync(template, file);
  const { PrismaBetterSqlite3 } = await import("@prisma/adapter-better-sqlite3");
  return { adapter: new PrismaBetterSqlite3({ url: `file:${file}` }, { timestampFormat: "unixepoch-ms" }), url: file };
}

/** Codes whose meta is recorded and compared (see answer). */
const META_CODES = ["P2014", "P2017", "P2018", "P2025"];

async function answer(prisma: any, doc: any): Promise<any> {
  try {
    const response = await prisma._engine.request(doc, { interactiveTransaction: undefined });
    const data = response.data[doc.action];
    if (doc.action === "queryRaw") return plain(deserializeRawResult(data));
    return plain(data);
  } catch (e: any) {
    if (typeof e?.code !== "string") console.error(`error without a code: ${e?.stack ?? e}`);
    const error: any = { code: e?.code ?? null, message: e?.message ?? String(e) };
    // The meta of the errors the engine raises itself, as Prisma Client hands it out: the client puts the
    // request's modelName before the engine's fields. (The database's errors carry driver details instead.)
    if (META_CODES.includes(error.code) && e?.meta) error.meta = { modelName: doc.modelName, ...e.meta };
    return { error };
  }
}

/** writes/dialects.txt: lines "<case> <dialect>..."; unlisted cases run everywhere. */
function dialectsOf(dir: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const line of readFileSync(join(dir, "dialects.txt"), "utf8").split("\n")) {
    const t = line.replace(/#.*/, "").trim();
    if (t) map.set(t.split(/\s+/)[0], t.split(/\s+/).slice(1));
  }
  return map;
}

const only = dialectsOf(root);
const stateDocs = JSON.parse(readFileSync(join(root, "state.json"), "utf8"));
const outDir = join(root, "expected", dialect);
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
let written = 0, skipped = 0;
for (const file of readdirSync(join(root, "cases")).filter((f) => f.endsWith(".json")).sort()) {
  const name = file.slice(0, -5);
  const ds = only.get(name);
  if (ds && !ds.includes(dialect)) { skipped++; continue; }
  const c = JSON.parse(readFileSync(join(root, "cases", file), "utf8"));
  const { adapter } = await freshDatabase();
  const prisma: any = new mod.PrismaClient({ adapter });
  const answers = [];
  for (const doc of c.steps) answers.push(await answer(prisma, doc));
  const state: Record<string, unknown> = {};
  for (const s of c.state) state[s] = await answer(prisma, stateDocs[s]);
  await prisma.$disconnect();
  writeFileSync(join(outDir, file), JSON.stringify(normalize({ answers, state }), null, 2) + "\n");
  written++;
}
console.log(`${dialect}: ${written} expected write files, ${skipped} cases not for ${dialect}`);
process.exit(0);
