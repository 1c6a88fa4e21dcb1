// Prisma 7 as a peer of the issue 7 benchmarks: every case of refract-bench's PeerCase, written with
// Prisma Client (7.10, driver adapter @prisma/adapter-pg, default relation loading), on the same
// database (refract_bench_peers, filled by PeerData) with PeerBenchmark's method: warm-up iterations,
// then measured iterations of a fixed time; µs/op is the median of the iteration means (one process,
// as JMH's one fork). Statements and round trips come from the pg pool underneath Prisma: each query
// it sends is a round trip; each but BEGIN is a statement (pgjdbc sends BEGIN with the first
// statement, so the Java peers count neither).
//   npx tsx bench.ts [--warmup N] [--warmup-time S] [--iterations N] [--time S] [--out FILE] [--cases a,b]
// Env: DATABASE_URL (postgresql://postgres@127.0.0.1:5432/refract_bench_peers).
import { writeFileSync } from "node:fs";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "./build/generated/prisma/client.ts";

const url = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/refract_bench_peers";
const opt = (name: string, dflt: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const WARMUP = Number(opt("warmup", "3"));
const WARMUP_S = Number(opt("warmup-time", "2"));
const ITERATIONS = Number(opt("iterations", "5"));
const TIME_S = Number(opt("time", "2"));
const OUT = opt("out", "");
const ONLY = opt("cases", "");
const CUSTOMERS = 1000, ORDERS = 10000, CREATE_MANY = 10000;

// One connection, as the Java peers have, with the same session setting; every query counted.
let roundTrips = 0, statements = 0;
const texts = new Set<string>();
const pool = new pg.Pool({ connectionString: url, max: 1, options: "-c synchronous_commit=off" });
pool.on("connect", (client: any) => {
  const query = client.query.bind(client);
  client.query = (...args: any[]) => {
    const text: string = (typeof args[0] === "string" ? args[0] : args[0]?.text) ?? "";
    roundTrips++;
    if (!/^BEGIN/i.test(text)) statements++;
    // Transaction control is no SQL text in the Java peers' counts either.
    if (!/^(BEGIN|COMMIT|ROLLBACK)/i.test(text)) texts.add(text);
    return query(...args);
  };
});
const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
const admin = new pg.Client({ connectionString: url });
await admin.connect();

const ids = Array.from({ length: ORDERS }, (_, i) => i + 1);
const newStreet = { address: { update: { street: "456 New St" } } };
const cases: Record<string, (n: number) => Promise<unknown>> = {
  "findMany": () => prisma.customer.findMany(),
  "findMany-filter-paginate-order": () => prisma.customer.findMany({
    where: { isActive: true }, orderBy: { createdAt: "desc" }, skip: 0, take: 10 }),
  "findMany-1-level-nesting": () => prisma.customer.findMany({ include: { orders: true } }),
  "findFirst": () => prisma.customer.findFirst(),
  "findFirst-1-level-nesting": () => prisma.customer.findFirst({ include: { orders: true } }),
  "findUnique": () => prisma.customer.findUnique({ where: { id: 1 } }),
  "findUnique-1-level-nesting": () => prisma.customer.findUnique({ where: { id: 1 }, include: { orders: true } }),
  "create": (n) => prisma.customer.create({ data: { name: "John Doe", email: `new${n}@example.com` } }),
  "nested-create": (n) => prisma.customer.create({ data: { name: "John Doe", email: `new${n}@example.com`,
    orders: { create: { date: new Date(), totalAmount: 100.5, products: { connect: [{ id: 1 }, { id: 2 }] } } } } }),
  "update": (n) => prisma.customer.update({ where: { id: 1 }, data: { name: `John Doe Updated ${n}` } }),
  "nested-update": (n) => prisma.customer.update({ where: { id: 1 }, data: { name: `John Doe Updated ${n}`, ...newStreet } }),
  "upsert": (n) => prisma.customer.upsert({ where: { id: 1 }, update: { name: `John Doe Upserted ${n}` },
    create: { name: "John Doe", email: "john.doe@example.com" } }),
  "nested-upsert": (n) => prisma.customer.upsert({ where: { id: 1 },
    update: { name: `John Doe Upserted ${n}`, ...newStreet },
    create: { name: "John Doe", email: "john.doe@example.com",
      address: { create: { street: "123 Main St", city: "Anytown", postalCode: "12345", country: "Country" } } } }),
  "delete": (victim) => prisma.customer.delete({ where: { id: victim } }),
  "distinct": () => prisma.customer.findMany({ distinct: ["isActive"], orderBy: { id: "asc" } }),
  "in-list-10k": () => prisma.order.findMany({ where: { id: { in: ids } } }),
  "cursor-page-1000-asc": () => prisma.order.findMany({ cursor: { id: 9990 }, skip: 1, take: 10, orderBy: { id: "asc" } }),
  "cursor-page-1000-desc": () => prisma.order.findMany({ cursor: { id: 11 }, skip: 1, take: 10, orderBy: { id: "desc" } }),
  "take-in-include": () => prisma.customer.findMany({ orderBy: { id: "asc" }, take: 10,
    include: { orders: { orderBy: { id: "asc" }, take: 3 } } }),
  "createMany-10k": (n) => prisma.customer.createMany({
    data: Array.from({ length: CREATE_MANY }, (_, i) => ({ name: "Bulk Customer", email: `bulk${n}-${i}@example.com` })) }),
  "interactive-transaction": (n) => prisma.$transaction(async (tx) => {
    const one = await tx.customer.findUniqueOrThrow({ where: { id: 1 } });
    await tx.customer.update({ where: { id: one.id }, data: { name: `Customer in tx ${n}` } });
    await tx.order.create({ data: { date: new Date(), totalAmount: 42, customerId: one.id } });
    await tx.address.update({ where: { customerId: one.id }, data: { street: "2 Tx Street" } });
    return tx.order.count({ where: { customerId: one.id } });
  }),
};

// PeerData.reset: what the write cases did, undone (after each iteration, as PeerBenchmark does).
async function reset(benchCase: string) {
  await admin.query(`DELETE FROM "Customer" WHERE "id" > ${CUSTOMERS}`);
  await admin.query(`DELETE FROM "Order" WHERE "id" > ${ORDERS}`);
  await admin.query(`UPDATE "Customer" SET "name" = 'Customer 1' WHERE "id" = 1`);
  await admin.query(`UPDATE "Address" SET "street" = '1 Main Street' WHERE "customerId" = 1`);
  if (benchCase === "createMany-10k") await admin.query(`VACUUM ANALYZE "Customer"`);
}

async function victim(n: number): Promise<number> {
  const r = await admin.query(`INSERT INTO "Customer" ("name", "email") VALUES ('Victim', $1) RETURNING "id"`,
    [`victim${n}@example.com`]);
  return r.rows[0].id;
}

let n = 0;
// One iteration: calls until `seconds` of them have run; the mean µs per call (victims untimed).
async function iteration(benchCase: string, seconds: number): Promise<number> {
  const run = cases[benchCase];
  let spent = 0n, ops = 0;
  const budget = BigInt(Math.round(seconds * 1e9));
  while (spent < budget) {
    n++;
    const arg = benchCase === "delete" ? await victim(n) : n;
    const t0 = process.hrtime.bigint();
    await run(arg);
    spent += process.hrtime.bigint() - t0;
    ops++;
  }
  return Number(spent) / 1e3 / ops;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

const results: any[] = [];
const names = ONLY ? ONLY.split(",") : Object.keys(cases);
for (const benchCase of names) {
  // Counts first: one uncounted call fills caches, the second is counted (as PeerCounts does).
  await cases[benchCase](benchCase === "delete" ? await victim(++n) : ++n);
  const arg = benchCase === "delete" ? await victim(++n) : ++n;
  roundTrips = 0; statements = 0; texts.clear();
  await cases[benchCase](arg);
  const counted = { statements, round_trips: roundTrips, sql_texts: texts.size, sql: [...texts] };
  await reset(benchCase);
  // As PeerBenchmark's forks: every case starts without the dead rows and stale statistics of the ones before.
  await admin.query("VACUUM ANALYZE");
  for (let i = 0; i < WARMUP; i++) {
    await iteration(benchCase, WARMUP_S);
    await reset(benchCase);
  }
  const means: number[] = [];
  for (let i = 0; i < ITERATIONS; i++) {
    means.push(await iteration(benchCase, TIME_S));
    await reset(benchCase);
  }
  const us = median(means);
  results.push({ case: benchCase, peer: "prisma", us_per_op: us, iterations_us: means, ...counted });
  console.log(`${benchCase.padEnd(32)} ${us.toFixed(1).padStart(10)} µs/op  statements=${counted.statements}`
    + ` round_trips=${counted.round_trips} sql_texts=${counted.sql_texts}`);
}

const meta = { prisma: "7.10.0", adapter: "@prisma/adapter-pg 7.10.0", node: process.version,
  warmup: `${WARMUP}x${WARMUP_S}s`, measurement: `${ITERATIONS}x${TIME_S}s`, date: new Date().toISOString() };
if (OUT) writeFileSync(OUT, JSON.stringify({ meta, results }, null, 1) + "\n");
await prisma.$disconnect();
await admin.end();
