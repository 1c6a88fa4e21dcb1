// Cross-check of the write recorder: runs every case of write-cases.ts through Prisma Client 7 itself (the calls,
// not the recorded documents), each on a fresh copy of the seeded database, and compares the client's answers
// and the end state with writes/expected/<dialect>/. They must agree, except that the client reports its own
// validation errors without a code and unpacks count() to a number.
// Run by record.sh --verify (with the write suite); env as for write-record.ts.
import { copyFileSync, existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { writeCases } from "./write-cases.ts";

const dialect = process.env.DIALECT!;
const template = process.env.TEMPLATE!;
const pgUrl = process.env.PG_URL!;
const root = join(process.env.DIFF!, "writes");
const mod: any = await import(join(process.env.GENERATED!, "client.ts"));
const stateDocs = JSON.parse(readFileSync(join(root, "state.json"), "utf8"));
const CASE_DB = "refract_diff_verify";

function plain(v: any): any {
  if (v === null || v === undefined) return null;
  if (typeof v === "bigint") return String(v);
  if (v instanceof Date) return v.toISOString();
  if (v instanceof Uint8Array) return Buffer.from(v).toString("base64");
  if (mod.Prisma.Decimal.isDecimal(v)) return v.toString();
  if (Array.isArray(v)) return v.map(plain);
  if (typeof v === "object" && typeof v.$type === "string") { // tagged values of the state reads (engine level)
    switch (v.$type) {
      case "DateTime": return new Date(v.value).toISOString();
      case "Decimal": return new mod.Prisma.Decimal(v.value).toString();
      case "BigInt": return String(v.value);
      case "Bytes": return Buffer.from(v.value, "base64").toString("base64");
      case "Json": return JSON.parse(v.value);
    }
  }
  if (typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
  return v;
}

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
const IDS: [RegExp, string][] = [ // as in write-record.ts
  [/^c[a-z0-9]{24}$/, "<cuid>"],
  [/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/, "<uuid>"],
  [/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/, "<uuid7>"],
  [/^[a-z][a-z0-9]{23}$/, "<cuid2>"],
  [/^[0-9A-HJKMNP-TV-Z]{26}$/, "<ulid>"],
  [/^[A-Za-z0-9_-]{21}$/, "<nanoid>"],
];
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

/** Key-order-insensitive JSON text. */
function canon(v: any): string {
  if (Array.isArray(v)) return "[" + v.map(canon).join(",") + "]";
  if (v && typeof v === "object") return "{" + Object.keys(v).sort().map((k) => JSON.stringify(k) + ":" + canon(v[k])).join(",") + "}";
  return JSON.stringify(v);
}

async function client(): Promise<any> {
  if (dialect === "postgresql") {
    const admin = new pg.Client({ connectionString: `${pgUrl}/postgres` });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${CASE_DB} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${CASE_DB} TEMPLATE ${template}`);
    await admin.end();
    const { PrismaPg } = await import("@prisma/adapter-pg");
    return new mod.PrismaClient({ adapter: new PrismaPg({ connectionString: `${pgUrl}/${CASE_DB}` }) });
  }
  const file = template.replace(/\.db$/, "-verify.db");
  rmSync(file, { force: true });
  copyFileSync(template, file);
  const { PrismaBetterSqlite3 } = await import("@prisma/adapter-better-sqlite3");
  return new mod.PrismaClient({ adapter: new PrismaBetterSqlite3({ url: `file:${file}` }, { timestampFormat: "unixepoch-ms" }) });
}

let n = 0, checked = 0, differ = 0;
for (const c of writeCases) {
  n++;
  const name = `${String(n).padStart(3, "0")}-${c.name}`;
  const file = join(root, "expected", dialect, name + ".json");
  if (!existsSync(file)) continue;
  checked++;
  const expected = JSON.parse(readFileSync(file, "utf8"));
  const prisma = await client();
  const answers = [];
  for (const step of c.steps) {
    try {
      answers.push(plain(await step(prisma, mod.Prisma)));
    } catch (e: any) {
      answers.push({ error: { code: e.code ?? null } });
    }
  }
  const state: Record<string, unknown> = {};
  for (const s of c.state) {
    const r = await prisma._engine.request(stateDocs[s], { interactiveTransaction: undefined });
    state[s] = plain(r.data[stateDocs[s].action]);
  }
  await prisma.$disconnect();
  const got = normalize({ answers, state });
  const problems: string[] = [];
  expected.answers.forEach((w: any, i: number) => {
    const g: any = got.answers[i];
    const ok = w?.error ? g?.error && (g.error.code === w.error.code || g.error.code === null)
      : canon(w) === canon(g) || (typeof g === "number" && w?._count?._all === g); // count() unpacked by the client
    if (!ok) problems.push(`step ${i + 1}: client ${JSON.stringify(g).slice(0, 200)}`);
  });
  // the state is read with the recorded documents, but after the client's own writes
  if (canon(expected.state) !== canon(JSON.parse(JSON.stringify(got.state)))) problems.push("end state differs");
  if (problems.length) {
    differ++;
    console.log(`DIFFERS ${name}: ${problems.join("; ")}`);
  }
}
console.log(`${dialect}: the client agrees with the write recording on ${checked - differ}/${checked} cases`);
process.exit(differ === 0 ? 0 : 1);
