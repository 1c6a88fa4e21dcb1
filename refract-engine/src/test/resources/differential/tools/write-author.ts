// Writes writes/cases/NNN-name.json from the client calls in write-cases.ts: every step goes through Prisma 7's
// real client, which serializes it to a JSON-protocol document; the document is caught at the engine's request
// entry (before anything runs). Also writes writes/state.json (the findMany document that reads back each state
// name) and writes/dialects.txt. Run by record.sh --author (needs the generated clients of both dialects).
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { writeCases } from "./write-cases.ts";

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

async function documentOf(name: string, dialect: string, call: (p: any, P: any) => Promise<unknown>): Promise<unknown> {
  const { prisma, Prisma } = clients[dialect];
  try {
    await call(prisma, Prisma);
  } catch (e) {
    if (e instanceof Caught) return e.doc;
    throw new Error(`${name}: the client rejected the call: ${e}`);
  }
  throw new Error(`${name}: no document was sent`);
}

// How each state name is read back: every row, ordered by primary key.
const asc = { id: "asc" };
const stateReads: Record<string, (p: any) => Promise<unknown>> = {
  User: (p) => p.user.findMany({ orderBy: asc }),
  Profile: (p) => p.profile.findMany({ orderBy: asc }),
  Post: (p) => p.post.findMany({ orderBy: asc }),
  Comment: (p) => p.comment.findMany({ orderBy: asc }),
  Tag: (p) => p.tag.findMany({ orderBy: asc }),
  Category: (p) => p.category.findMany({ orderBy: asc }),
  Team: (p) => p.team.findMany({ orderBy: asc }),
  Membership: (p) => p.membership.findMany({ orderBy: [{ userId: "asc" }, { teamId: "asc" }] }),
  Sample: (p) => p.sample.findMany({ orderBy: asc }),
  Doc: (p) => p.doc.findMany({ orderBy: asc }),
  Gadget: (p) => p.gadget.findMany({ orderBy: asc }),
  Token: (p) => p.token.findMany({ orderBy: asc }),
  Strict: (p) => p.strict.findMany({ orderBy: asc }),
  PostTags: (p) => p.post.findMany({ where: { tags: { some: {} } }, orderBy: asc,
    select: { id: true, tags: { select: { id: true }, orderBy: asc } } }),
};
const state: Record<string, unknown> = {};
for (const [name, call] of Object.entries(stateReads)) state[name] = await documentOf(`state ${name}`, "postgresql", call);
const root = join(diff, "writes");
mkdirSync(join(root, "cases"), { recursive: true });
writeFileSync(join(root, "state.json"), JSON.stringify(state, null, 2) + "\n");

const casesDir = join(root, "cases");
for (const f of readdirSync(casesDir)) if (f.endsWith(".json")) rmSync(join(casesDir, f));
const restricted: string[] = [];
let n = 0;
for (const c of writeCases) {
  n++;
  const name = `${String(n).padStart(3, "0")}-${c.name}`;
  const dialect = (c.only ?? ["postgresql"])[0];
  for (const s of c.state) if (!stateReads[s]) throw new Error(`${name}: unknown state ${s}`);
  const steps = [];
  for (const call of c.steps) steps.push(await documentOf(name, dialect, call));
  writeFileSync(join(casesDir, `${name}.json`), JSON.stringify({ steps, state: c.state }, null, 2) + "\n");
  if (c.only) restricted.push(`${name} ${c.only.join(" ")}`);
}
writeFileSync(join(root, "dialects.txt"),
  "# Write cases that run only on the dialects named; every other case runs on postgresql and sqlite.\n" +
  "# Written by tools/write-author.ts from the `only` field in tools/write-cases.ts.\n" + restricted.join("\n") + "\n");
console.log(`${n} write cases written, ${restricted.length} restricted to some dialects`);
process.exit(0);
