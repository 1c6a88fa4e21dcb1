// Cross-check of the recorder: runs every case of tools/cases.ts through Prisma Client 7 itself (not the raw
// document) and compares the client's values with expected/<dialect>/. They must agree except where the client
// unpacks counts (count() gives a number, count({select}) the inner object, `_count: true` a number) and
// where the client reports a request error itself (no code). Run by record.sh --verify.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { cases } from "./cases.ts";

const dialect = process.env.DIALECT!;
const mod: any = await import(join(process.env.GENERATED!, "client.ts"));
const adapter = dialect === "postgresql"
  ? new (await import("@prisma/adapter-pg")).PrismaPg({ connectionString: process.env.DB_URL! })
  : new (await import("@prisma/adapter-better-sqlite3")).PrismaBetterSqlite3({ url: process.env.DB_URL! },
      { timestampFormat: "unixepoch-ms" });
const prisma = new mod.PrismaClient({ adapter });

/** A client value in the suite's output convention. */
function plain(v: any): any {
  if (v === null || v === undefined) return null;
  if (typeof v === "bigint") return String(v);
  if (v instanceof Date) return v.toISOString();
  if (v instanceof Uint8Array) return Buffer.from(v).toString("base64");
  if (mod.Prisma.Decimal.isDecimal(v)) return v.toString();
  if (Array.isArray(v)) return v.map(plain);
  if (typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
  return v;
}

/** The recorded answer with counts unpacked as the client unpacks them. */
function unpacked(v: any): any {
  if (Array.isArray(v)) return v.map(unpacked);
  if (v && typeof v === "object" && !v.error) {
    const o: any = {};
    for (const [k, x] of Object.entries(v)) {
      o[k] = k === "_count" && x && typeof x === "object" && Object.keys(x).length === 1 && "_all" in (x as any) ? (x as any)._all : x;
    }
    return o;
  }
  return v;
}

let n = 0, checked = 0, differ = 0;
for (const c of cases) {
  n++;
  const name = `${String(n).padStart(3, "0")}-${c.name}`;
  const file = join(process.env.DIFF!, "expected", dialect, name + ".json");
  if (!existsSync(file)) continue;
  checked++;
  const expected = JSON.parse(readFileSync(file, "utf8"));
  let got: any;
  try {
    got = plain(await c.call(prisma, mod.Prisma));
  } catch (e: any) {
    got = { error: { code: e.code ?? null } };
  }
  const ok = expected?.error
    ? got?.error && (got.error.code === expected.error.code || got.error.code === null)
    : [expected, unpacked(expected), expected?._count, expected?._count?._all].some((x) => JSON.stringify(x) === JSON.stringify(got));
  if (!ok) {
    differ++;
    console.log(`DIFFERS ${name}: client ${JSON.stringify(got).slice(0, 300)}`);
  }
}
await prisma.$disconnect();
console.log(`${dialect}: client agrees with the recording on ${checked - differ}/${checked} cases`);
process.exit(differ === 0 ? 0 : 1);
