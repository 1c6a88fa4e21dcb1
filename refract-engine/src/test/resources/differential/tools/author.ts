// Writes cases/NNN-name.json from the client calls in cases.ts: each call goes through Prisma 7's real
// client, which serializes it to a JSON-protocol document; the document is caught at the engine's request
// entry (before anything runs) and written out. So every case is exactly what Prisma Client 7 sends.
// Also writes dialects.txt for cases that do not run on every dialect.
// Run by record.sh --author (needs the generated clients of both dialects).
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { cases } from "./cases.ts";

const diff = process.env.DIFF!;
const gens: Record<string, string> = { postgresql: process.env.GENERATED_POSTGRESQL!, sqlite: process.env.GENERATED_SQLITE! };

class Caught extends Error {
  constructor(readonly doc: unknown) { super("caught"); }
}

const clients: Record<string, { prisma: any; Prisma: any }> = {};
for (const [dialect, gen] of Object.entries(gens)) {
  const mod: any = await import(join(gen, "client.ts"));
  const adapter = dialect === "postgresql"
    ? new (await import("@prisma/adapter-pg")).PrismaPg({ connectionString: "postgresql://unused@127.0.0.1:1/unused" })
    : new (await import("@prisma/adapter-better-sqlite3")).PrismaBetterSqlite3({ url: ":memory:" });
  const prisma = new mod.PrismaClient({ adapter });
  prisma._engine.request = async (doc: unknown) => { throw new Caught(doc); };
  clients[dialect] = { prisma, Prisma: mod.Prisma };
}

const casesDir = join(diff, "cases");
for (const f of readdirSync(casesDir)) if (f.endsWith(".json")) rmSync(join(casesDir, f));
mkdirSync(casesDir, { recursive: true });
const restricted: string[] = [];
let n = 0;
for (const c of cases) {
  n++;
  const name = `${String(n).padStart(3, "0")}-${c.name}`;
  const dialects = c.only ?? ["postgresql", "sqlite"];
  const { prisma, Prisma } = clients[dialects[0]];
  let doc: unknown;
  try {
    await c.call(prisma, Prisma);
  } catch (e) {
    if (!(e instanceof Caught)) throw new Error(`${name}: the client rejected the call: ${e}`);
    doc = e.doc;
  }
  if (!doc) throw new Error(`${name}: no document was sent`);
  writeFileSync(join(casesDir, `${name}.json`), JSON.stringify(doc, null, 2) + "\n");
  if (c.only) restricted.push(`${name} ${c.only.join(" ")}`);
}
writeFileSync(join(diff, "dialects.txt"),
  "# Cases that run only on the dialects named; every other case runs on postgresql and sqlite.\n" +
  "# Written by tools/author.ts from the `only` field in tools/cases.ts.\n" + restricted.join("\n") + "\n");
console.log(`${n} cases written, ${restricted.length} restricted to some dialects`);
process.exit(0);
