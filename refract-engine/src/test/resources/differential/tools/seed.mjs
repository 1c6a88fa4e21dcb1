// Writes seed.postgresql.sql and seed.sqlite.sql (beside this folder) from one deterministic data set.
// Run: node tools/seed.mjs. The rows are made by formulas, not randomness, so that the files are stable
// and the data has what the cases need: NULLs in every optional column, ties for distinct/groupBy,
// enough rows for pagination, a manager hierarchy, a category tree, many-to-many links.
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = join(dirname(fileURLToPath(import.meta.url)), "..");

// Value wrappers: each knows how to print itself per dialect.
const dt = (iso) => ({ kind: "dt", iso });
const date = (iso) => ({ kind: "date", iso });
const tstz = (iso) => ({ kind: "tstz", iso });
const bytes = (hex) => ({ kind: "bytes", hex });
const json = (value) => ({ kind: "json", text: JSON.stringify(value) });
const dec = (text) => ({ kind: "dec", text });
const big = (text) => ({ kind: "big", text });
const list = (pgType, items) => ({ kind: "list", pgType, items });

function lit(v, dialect) {
  if (v === null || v === undefined) return "NULL";
  if (typeof v === "boolean") return dialect === "postgresql" ? String(v) : v ? "1" : "0";
  if (typeof v === "number") return String(v);
  if (typeof v === "string") return "'" + v.replace(/'/g, "''") + "'";
  switch (v.kind) {
    case "dt":
    case "tstz":
    case "date":
      if (dialect === "sqlite") return String(Date.parse(v.iso)); // integer milliseconds since the epoch
      if (v.kind === "date") return `'${v.iso.slice(0, 10)}'`;
      if (v.kind === "tstz") return `'${v.iso.replace("T", " ").replace("Z", "+00")}'`;
      return `'${v.iso.replace("T", " ").replace("Z", "")}'`;
    case "bytes":
      return dialect === "postgresql" ? `'\\x${v.hex}'::bytea` : `X'${v.hex}'`;
    case "json":
      return lit(v.text, dialect);
    case "dec":
    case "big":
      return v.text;
    case "list":
      return v.items === null ? "NULL" : `ARRAY[${v.items.map((i) => lit(i, dialect)).join(", ")}]::${v.pgType}[]`;
  }
  throw new Error("unknown value " + JSON.stringify(v));
}

const tables = []; // [table, rows[], dialects?]
const add = (table, rows, dialects) => tables.push({ table, rows, dialects });
const day = (n, h = 9, m = 0) => new Date(Date.UTC(2024, 0, 1 + n, h, m, 0)).toISOString();

// ---- users: 24, managers form a hierarchy (1 manages 2-6, 2 manages 7-10, 3 manages 11-12)
const names = ["Alice", "bob", "Carol", null, "dave", "Eve", "Frank", "grace", "Heidi", null, "Ivan", "Judy",
  "Mallory", "niaj", "Olivia", "Peggy", null, "Rupert", "Sybil", "Trent", "Uma", "victor", "Walter", "Alicia"];
const roles = ["MEMBER", "admin", "guest_user"];
const users = names.map((name, i) => {
  const id = i + 1;
  const metas = [{ theme: "dark", tags: ["a", "b"], level: 3 }, { theme: "light", tags: ["b"], level: 1, extra: { on: true } },
    null, "NULLDB", ["x", "y", 3], { theme: "dark", tags: [], level: 2 }, 7];
  const meta = metas[i % metas.length];
  return {
    id, email: `user${String(id).padStart(2, "0")}@example.com`, name,
    role: id % 7 === 0 ? "guest_user" : id % 3 === 0 ? "admin" : "MEMBER",
    age: id % 5 === 0 ? null : 18 + ((id * 7) % 40),
    score: id % 4 === 0 ? null : ((id * 13) % 20) / 4,
    balance: id % 6 === 0 ? null : dec(["250.00", "12.50", "0.10", "1000000.123456", "99.99", "-3.5"][id % 6]),
    big_number: id % 5 === 1 ? null : big(["9007199254740993", "-5", "0", "1234567890123", "42"][id % 5]),
    is_active: id % 8 !== 0,
    created_at: dt(day(id, 8 + (id % 10), (id * 7) % 60)),
    birthday: id % 3 === 2 ? null : dt(new Date(Date.UTC(1960 + id, id % 12, 1 + (id % 27))).toISOString()),
    avatar: id % 4 === 1 ? bytes(["01ff", "", "deadbeef", "00"][(id >> 2) % 4]) : null,
    meta: meta === "NULLDB" ? null : json(meta),
    manager_id: id >= 2 && id <= 6 ? 1 : id >= 7 && id <= 10 ? 2 : id >= 11 && id <= 12 ? 3 : null,
  };
});
void roles;
add("users", users);

add("profiles", users.filter((u) => u.id % 3 !== 0).map((u, i) => ({
  id: i + 1, bio: u.id % 4 === 0 ? null : `Bio of ${u.name ?? "nobody"}`,
  website: u.id % 2 === 0 ? `https://u${u.id}.example.org` : null, user_id: u.id,
})));

// ---- categories: a tree of 8 (two roots)
add("categories", [
  [1, "Tech", "tech", null], [2, "Life", "life", null], [3, "Java", "java", 1], [4, "Databases", "databases", 1],
  [5, "JVM internals", "jvm-internals", 3], [6, "Travel", "travel", 2], [7, "Food", "food", 2], [8, "Baking", "baking", 7],
].map(([id, name, slug, parent_id]) => ({ id, name, slug, parent_id })));

// ---- posts: 40
const words = ["Prisma", "Java", "SQL", "Postgres", "sqlite", "Refract", "joins", "Cursor"];
const statuses = ["DRAFT", "PUBLISHED", "ARCHIVED", "PUBLISHED"];
const posts = [];
for (let id = 1; id <= 40; id++) {
  const status = statuses[id % 4];
  posts.push({
    id, title: `Post ${String(id).padStart(2, "0")}: ${words[id % 8]} ${id % 3 === 0 ? "tips" : "notes"}`,
    content: id % 6 === 0 ? null : `About ${words[id % 8].toLowerCase()} and ${words[(id * 3) % 8]} in practice`,
    status, published: status === "PUBLISHED", views: (id * 37) % 500,
    rating: id % 4 === 0 ? null : (id % 10) / 2,
    price: id % 5 === 0 ? null : dec((id * 1.25).toFixed(2)),
    created_at: dt(day(id * 2, 10 + (id % 8))),
    author_id: id % 9 === 0 ? null : 1 + ((id * 5) % 12),
    category_id: id % 7 === 0 ? null : 1 + (id % 8),
  });
}
add("posts", posts);

add("comments", Array.from({ length: 60 }, (_, i) => {
  const id = i + 1;
  return {
    id, body: `Comment ${id} ${id % 5 === 0 ? "great" : id % 3 === 0 ? "meh" : "ok"}`, likes: (id * 11) % 17,
    created_at: dt(day(id, 12, id % 60)), post_id: 1 + ((id * 7) % 30), author_id: 1 + ((id * 3) % 20),
  };
}));

add("tags", ["java", "sql", "orm", "jvm", "testing", "performance", "security", "unused"]
  .map((name, i) => ({ id: i + 1, name })));
const links = new Set();
for (const p of posts) {
  if (p.id % 10 === 0) continue; // some posts have no tags
  links.add(`${p.id},${1 + (p.id % 7)}`);
  links.add(`${p.id},${1 + ((p.id * 3) % 7)}`);
}
add("_PostToTag", [...links].map((s) => s.split(",").map(Number)).sort((a, b) => a[0] - b[0] || a[1] - b[1])
  .map(([A, B]) => ({ A, B })));

add("teams", [[1, "acme", "core", "Acme Core"], [2, "acme", "web", "Acme Web"], [3, "globex", "core", "Globex Core"],
  [4, "globex", "ops", "Globex Ops"]].map(([id, org_code, slug, name]) => ({ id, org_code, slug, name })));
const memberships = [];
for (let u = 1; u <= 12; u++) {
  for (let t = 1; t <= 4; t++) {
    if ((u + t) % 3 !== 0) continue;
    memberships.push({ user_id: u, team_id: t, role: u % 4 === 0 ? "lead" : "dev", joined_at: dt(day(u * 3 + t)),
      weight: (u * t) % 5 === 0 ? null : dec(((u * t) / 4).toFixed(2)) });
  }
}
add("memberships", memberships);

// ---- samples: every type, edge values
const s = (id, o) => ({ id, ...o });
add("samples", [
  s("s1", { text: "plain", int: 1, big_int: big("1"), float: 1.5, decimal: dec("250.00"), bool: true,
    date_time: dt("2024-01-02T03:04:05.000Z"), json: json({ a: 1, b: [true, null, "x"] }), bytes: bytes("68656c6c6f"),
    role: "MEMBER", opt_text: "some", opt_int: 0, opt_big_int: big("0"), opt_float: 0, opt_decimal: dec("0"),
    opt_bool: false, opt_date_time: dt("1970-01-01T00:00:00.000Z"), opt_json: json(null), opt_bytes: bytes(""),
    opt_role: "admin" }),
  s("s2", { text: "Grüße 👋 \"quoted\" \\ back", int: 2147483647, big_int: big("9223372036854775807"), float: -0.5,
    decimal: dec("12.50"), bool: false, date_time: dt("2024-02-29T23:59:59.999Z"), json: json([1, 2.5, "three"]),
    bytes: bytes("00ff10"), role: "admin" }),
  s("s3", { text: "", int: -2147483648, big_int: big("-9223372036854775808"), float: 1.5e-7, decimal: dec("0.0000001"),
    bool: true, date_time: dt("1969-07-20T20:17:40.000Z"), json: json("just a string"), bytes: bytes(""),
    role: "guest_user", opt_text: "", opt_json: json({}), opt_decimal: dec("-0.5") }),
  s("s4", { text: "plain", int: 4, big_int: big("-42"), float: 123456.789, decimal: dec("123456789012345678901234.5"),
    bool: false, date_time: dt("1999-12-31T23:59:59.000Z"), json: json(42), bytes: bytes("0102030405060708090a"),
    role: "MEMBER", opt_json: json([]), opt_float: 2.25, opt_role: "guest_user" }),
  s("s5", { text: "line\nbreak\ttab", int: 5, big_int: big("5"), float: 1e21, decimal: dec("-99.990"), bool: true,
    date_time: dt("2038-01-19T03:14:08.000Z"), json: json(true), bytes: bytes("ff"), role: "admin", opt_int: -7,
    opt_bool: true, opt_json: json({ nested: { deep: [1, { x: "y" }] } }), opt_date_time: dt("2000-01-01T00:00:00.001Z") }),
  s("s6", { text: "NULLS", int: 6, big_int: big("6"), float: 0.1, decimal: dec("0.3"), bool: false,
    date_time: dt("2024-06-15T12:00:00.000Z"), json: json(null), bytes: bytes("7f"), role: "MEMBER" }),
]);

// ---- docs: for the write suite only (generated defaults, @updatedAt)
add("docs", [
  { id: "doc1", ref: "ref-doc1", title: "First", version: 1, ratio: 1.5, amount: dec("10.25"),
    big: big("100"), data: json({ k: "v", n: [1, 2] }), created_at: dt("2024-03-01T10:00:00.000Z"),
    updated_at: dt("2024-03-02T10:00:00.000Z") },
  { id: "doc2", ref: "ref-doc2", title: "Second", version: 7, ratio: -2, amount: dec("0"),
    big: big("-9"), data: null, created_at: dt("2024-04-01T10:00:00.000Z"), updated_at: dt("2024-04-01T10:00:00.000Z") },
]);

// ---- gadgets (PostgreSQL only)
const gadgetWords = ["fast red bicycle with gears", "quiet electric kettle", "red kettle for camping",
  "database server rack", "fast database index tuning kit", "camping stove", "bicycle repair kit", "espresso machine"];
add("gadgets", gadgetWords.map((description, i) => {
  const id = i + 1;
  return {
    id, name: `Gadget ${id}`, description,
    labels: list("text", id === 8 ? null : id % 4 === 0 ? [] : ["red", "blue", "green", "red"].slice(0, 1 + (id % 4))
      .map((l, k) => (k === 0 && id % 2 === 0 ? "green" : l))),
    scores: list("integer", id % 3 === 0 ? [] : [id, id * 2, 10]),
    ratios: list("double precision", [id / 4, 0.5]),
    flags: list("boolean", id % 2 === 0 ? [true, false] : [false]),
    prices: list("decimal", [dec((id * 1.1).toFixed(2)), dec("10.00")]),
    stamps: list("timestamp(3)", id % 3 === 1 ? [] : [dt(day(id)), dt(day(id + 100, 0))]),
    price: dec((id * 12.5).toFixed(2)), weight: [0.1, 1.5, 2.25, 100, 0.3, 7, 3.14, 42.42][i], small: id * 100 - 400,
    code: `00000000-0000-4000-8000-${String(id).padStart(12, "0")}`, day: date(day(id * 10)),
    at: tstz(day(id * 5, 14, 30)), doc: json(id % 2 === 0 ? { kind: "even", n: id } : [id, "odd"]),
    note: id % 3 === 0 ? null : `note ${id}`,
  };
}), ["postgresql"]);

for (const dialect of ["postgresql", "sqlite"]) {
  const out = [`-- Generated by tools/seed.mjs for ${dialect}; edit that script, not this file.`];
  for (const { table, rows, dialects } of tables) {
    if (dialects && !dialects.includes(dialect)) continue;
    const cols = Object.keys(rows[0]);
    const all = [...new Set(rows.flatMap((r) => Object.keys(r)))];
    for (const c of all) if (!cols.includes(c)) cols.push(c);
    out.push(`INSERT INTO "${table}" (${cols.map((c) => `"${c}"`).join(", ")}) VALUES`);
    out.push(rows.map((r) => `  (${cols.map((c) => lit(r[c], dialect)).join(", ")})`).join(",\n") + ";");
  }
  if (dialect === "postgresql") {
    for (const t of ["users", "profiles", "categories", "posts", "comments", "tags", "teams", "gadgets"]) {
      out.push(`SELECT setval(pg_get_serial_sequence('"${t}"', 'id'), (SELECT max("id") FROM "${t}"));`);
    }
  }
  writeFileSync(join(here, `seed.${dialect}.sql`), out.join("\n") + "\n");
}
