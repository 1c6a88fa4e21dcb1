// The differential WRITE cases, written as Prisma Client calls; tools/write-author.ts turns each step into the
// JSON-protocol document the client sends (writes/cases/NNN-name.json, numbered in this order). APPEND new cases
// at the end so that existing numbers stay stable. Each case runs on a freshly seeded database: its steps in
// order (a failing step is recorded and the next one still runs), then the `state` models are read back.
// `only` names the dialects a case runs on (default: all). State names: the models, plus "PostTags" (the
// implicit many-to-many table _PostToTag, read as each post's tag ids).
// Seed facts used below (see tools/seed.mjs): users 1..24; user 1 has profile 1 and posts 12, 24; user 12 has
// posts 7, 19, 31; users 3, 6, 9, ... have no profile; users 21..24 have no posts, comments or memberships;
// posts 9, 18, 27, 36 have no author; comments point at posts 1..30 (post 12 has comment 23, post 24 comment 29);
// posts 31..40 have no comments; tags 1..8 ("unused" = 8 has no posts); category 5 is a leaf, 1 has children
// 3 and 4; memberships (1,2), (2,1), (4,2) ...; samples s1..s6; docs doc1, doc2; gadgets 1..8 (PostgreSQL).
type Step = (p: any, P: any) => Promise<unknown>;
type WriteCase = { name: string; only?: string[]; state: string[]; steps: Step[] };
const PG = ["postgresql"];
const SQLITE = ["sqlite"];
const d = (iso: string) => new Date(iso);
const asc = { id: "asc" };
const at = d("2025-05-05T05:05:05.500Z");
const user = (email: string, extra: object = {}) => ({ email, createdAt: at, ...extra });
const post = (title: string, extra: object = {}) => ({ title, createdAt: at, ...extra });

export const writeCases: WriteCase[] = [
  // ---- createOne
  { name: "create-user-minimal", state: ["User"], steps: [(p) => p.user.create({ data: user("new@example.com") })] },
  { name: "create-user-all-scalars", state: ["User"], steps: [(p, P) => p.user.create({ data: user("all@example.com", {
    name: "All", role: "ADMIN", age: 33, score: 2.75, balance: new P.Decimal("1234.5678"), bigNumber: 9007199254740993n,
    isActive: false, birthday: d("1990-02-03T04:05:06.007Z"), avatar: new Uint8Array([0, 1, 254, 255]),
    meta: { theme: "dark", list: [1, "two", null], nested: { ok: true } }, managerId: 2 }) })] },
  { name: "create-select-and-include", state: ["User"], steps: [
    (p) => p.user.create({ data: user("sel@example.com", { role: "GUEST" }), select: { id: true, email: true, role: true, manager: true } }),
    (p) => p.user.create({ data: user("inc@example.com", { managerId: 3 }), include: { manager: { select: { email: true } }, posts: true } })] },
  { name: "create-sample-all-types", state: ["Sample"], steps: [(p, P) => p.sample.create({ data: {
    id: "s9", text: "new \"one\" ✓", int: -17, bigInt: -9223372036854775807n, float: 6.02e23, decimal: new P.Decimal("-0.000123"),
    bool: true, dateTime: d("2001-09-09T01:46:40.000Z"), json: [1, { a: "b" }, null], bytes: new Uint8Array([104, 105]),
    role: "GUEST", optText: "x", optInt: 0, optBigInt: 0n, optFloat: -0.25, optDecimal: new P.Decimal("1e-7"), optBool: false,
    optDateTime: d("1970-01-01T00:00:00.001Z"), optJson: "a string", optBytes: new Uint8Array([]), optRole: "ADMIN" } })] },
  { name: "create-doc-generated-defaults", state: ["Doc"], steps: [
    (p) => p.doc.create({ data: { title: "Third" } }),
    (p, P) => p.doc.create({ data: { id: "doc9", ref: "fixed-ref", title: "Fourth", version: 3, amount: new P.Decimal("2.5"),
      big: 5n, createdAt: d("2020-01-01T00:00:00.000Z"), updatedAt: d("2020-01-02T00:00:00.000Z") } })] },
  { name: "create-unique-violation", state: ["User"], steps: [(p) => p.user.create({ data: user("user05@example.com") })] },
  { name: "create-unique-violation-compound", state: ["Team"], steps: [
    (p) => p.team.create({ data: { orgCode: "acme", slug: "web", name: "Again" } })] },
  { name: "create-foreign-key-violation", state: ["Post"], steps: [(p) => p.post.create({ data: post("Orphan", { authorId: 999 }) })] },
  { name: "create-missing-required", state: ["User"], steps: [(p) => p.user.create({ data: { email: "nodate@example.com" } })] },
  { name: "create-json-null-and-db-null", state: ["Sample"], steps: [
    (p, P) => p.sample.create({ data: { id: "s7", text: "j", int: 7, bigInt: 7n, float: 7, decimal: new P.Decimal("7"), bool: true,
      dateTime: at, json: P.JsonNull, bytes: new Uint8Array([7]), role: "MEMBER", optJson: P.DbNull } }),
    (p, P) => p.sample.create({ data: { id: "s8", text: "j", int: 8, bigInt: 8n, float: 8, decimal: new P.Decimal("8"), bool: true,
      dateTime: at, json: { x: null }, bytes: new Uint8Array([8]), role: "MEMBER", optJson: P.JsonNull } }),
    (p, P) => p.sample.findMany({ where: { optJson: { equals: P.DbNull } }, select: { id: true }, orderBy: asc }),
    (p, P) => p.sample.findMany({ where: { optJson: { equals: P.JsonNull } }, select: { id: true }, orderBy: asc }),
    (p, P) => p.sample.findMany({ where: { json: { equals: P.JsonNull } }, select: { id: true }, orderBy: asc })] },
  // ---- createMany / createManyAndReturn
  { name: "create-many", state: ["User"], steps: [
    (p) => p.user.createMany({ data: [user("m1@example.com", { name: "M1" }), user("m2@example.com", { role: "ADMIN", age: 50 })] })] },
  { name: "create-many-empty", state: ["Tag"], steps: [(p) => p.tag.createMany({ data: [] })] },
  { name: "create-many-skip-duplicates", only: PG, state: ["Tag"], steps: [
    (p) => p.tag.createMany({ data: [{ name: "java" }, { name: "kotlin" }, { name: "kotlin" }, { name: "scala" }], skipDuplicates: true })] },
  { name: "create-many-duplicate-fails-whole", state: ["Tag"], steps: [
    (p) => p.tag.createMany({ data: [{ name: "kotlin" }, { name: "sql" }, { name: "scala" }] })] },
  { name: "create-many-and-return", state: ["Tag"], steps: [
    (p) => p.tag.createManyAndReturn({ data: [{ name: "kotlin" }, { name: "scala" }] }),
    (p) => p.tag.createManyAndReturn({ data: [{ name: "go" }], select: { name: true } })] },
  { name: "create-many-and-return-include", state: ["Post"], steps: [
    (p) => p.post.createManyAndReturn({ data: [post("CM 1", { authorId: 3, categoryId: 4 }), post("CM 2")],
      include: { author: { select: { email: true } }, category: true } })] },
  { name: "create-many-compound-id", state: ["Membership"], steps: [
    (p, P) => p.membership.createMany({ data: [{ userId: 20, teamId: 1, role: "dev", joinedAt: at, weight: new P.Decimal("0.5") },
      { userId: 20, teamId: 2, role: "lead", joinedAt: at }] })] },
  // ---- updateOne
  { name: "update-scalars", state: ["User"], steps: [
    (p) => p.user.update({ where: { id: 2 }, data: { name: "Robert", role: "GUEST", isActive: false, age: null } })] },
  { name: "update-select-relation", state: ["User"], steps: [
    (p) => p.user.update({ where: { email: "user04@example.com" }, data: { score: 9.5 }, select: { id: true, score: true, profile: true, manager: { select: { id: true } } } })] },
  { name: "update-missing-record", state: ["User"], steps: [(p) => p.user.update({ where: { id: 999 }, data: { name: "ghost" } })] },
  { name: "update-where-extra-filter-misses", state: ["User"], steps: [
    (p) => p.user.update({ where: { id: 4, age: { gt: 100 } }, data: { name: "nope" } }),
    (p) => p.user.update({ where: { id: 4, role: "MEMBER" }, data: { name: "yes" }, select: { id: true, name: true } })] },
  { name: "update-unique-violation", state: ["User"], steps: [
    (p) => p.user.update({ where: { id: 1 }, data: { email: "user02@example.com", name: "Dup" } })] },
  { name: "update-by-compound-unique", state: ["Team"], steps: [
    (p) => p.team.update({ where: { orgCode_slug: { orgCode: "acme", slug: "web" } }, data: { name: "Acme Website", slug: "www" } })] },
  { name: "update-by-compound-id", state: ["Membership"], steps: [
    (p, P) => p.membership.update({ where: { userId_teamId: { userId: 1, teamId: 2 } }, data: { role: "lead", weight: new P.Decimal("3.25") } })] },
  { name: "update-primary-key", state: ["Tag", "PostTags"], steps: [(p) => p.tag.update({ where: { id: 8 }, data: { id: 80, name: "eighty" } })] },
  { name: "update-updated-at", state: ["Doc"], steps: [
    (p) => p.doc.update({ where: { id: "doc1" }, data: { title: "First v2" } }),
    (p) => p.doc.update({ where: { id: "doc2" }, data: { version: 8, updatedAt: d("2030-01-01T00:00:00.000Z") } })] },
  { name: "update-all-types", state: ["Sample"], steps: [(p, P) => p.sample.update({ where: { id: "s6" }, data: {
    text: "", int: 0, bigInt: -1n, float: -1.5e-10, decimal: new P.Decimal("99999999999.999"), bool: true, dateTime: d("2099-12-31T23:59:59.999Z"),
    json: { deep: { deeper: [true, false] } }, bytes: new Uint8Array([255, 0]), role: "ADMIN", optText: null, optInt: 12, optBool: null,
    optRole: "MEMBER", optDateTime: null, optBytes: new Uint8Array([1]) } })] },
  { name: "update-required-to-null", state: ["User"], steps: [(p) => p.user.update({ where: { id: 1 }, data: { email: null } })] },
  // ---- atomic number operations
  { name: "atomic-increment-decrement", state: ["Post"], steps: [
    (p) => p.post.update({ where: { id: 1 }, data: { views: { increment: 5 }, rating: { decrement: 0.25 } }, select: { id: true, views: true, rating: true } })] },
  { name: "atomic-multiply-divide", state: ["User"], steps: [
    (p) => p.user.update({ where: { id: 1 }, data: { age: { multiply: 2 }, score: { divide: 4 } }, select: { age: true, score: true } }),
    (p) => p.user.update({ where: { id: 2 }, data: { age: { divide: 2 } }, select: { age: true } })] },
  { name: "atomic-decimal-bigint-float", state: ["Doc"], steps: [
    (p, P) => p.doc.update({ where: { id: "doc1" }, data: { amount: { increment: new P.Decimal("0.05") }, big: { decrement: 101n },
      ratio: { multiply: 3 }, version: { increment: 1 } } }),
    (p, P) => p.doc.update({ where: { id: "doc2" }, data: { amount: { decrement: new P.Decimal("1.5") }, big: { multiply: 3n }, ratio: { divide: 8 } } })] },
  { name: "atomic-on-null", state: ["User"], steps: [
    (p) => p.user.update({ where: { id: 5 }, data: { age: { increment: 1 }, score: { multiply: 2 } }, select: { id: true, age: true, score: true } })] },
  { name: "atomic-set", state: ["Post"], steps: [
    (p) => p.post.update({ where: { id: 4 }, data: { views: { set: 7 }, rating: { set: null } }, select: { views: true, rating: true } })] },
  { name: "atomic-int-overflow", state: ["Sample"], steps: [
    (p) => p.sample.update({ where: { id: "s2" }, data: { int: { increment: 1 } }, select: { id: true, int: true } })] },
  { name: "atomic-update-many", state: ["Post"], steps: [
    (p) => p.post.updateMany({ where: { authorId: 12 }, data: { views: { increment: 1000 }, rating: { multiply: 2 } } })] },
  // ---- updateMany / updateManyAndReturn
  { name: "update-many", state: ["Post"], steps: [
    (p) => p.post.updateMany({ where: { status: "DRAFT" }, data: { status: "ARCHIVED", content: "archived" } })] },
  { name: "update-many-limit", state: ["Post"], steps: [
    (p) => p.post.updateMany({ where: { status: "PUBLISHED" }, data: { published: false }, limit: 3 })] },
  { name: "update-many-no-match", state: ["Post"], steps: [
    (p) => p.post.updateMany({ where: { views: { gt: 100000 } }, data: { views: 0 } })] },
  { name: "update-many-relation-filter", state: ["Post"], steps: [
    (p) => p.post.updateMany({ where: { author: { role: "ADMIN" }, tags: { some: { name: "orm" } } }, data: { title: "admin orm" } })] },
  { name: "update-many-unique-violation", state: ["User"], steps: [
    (p) => p.user.updateMany({ where: { id: { in: [1, 2] } }, data: { email: "same@example.com" } })] },
  { name: "update-many-and-return", state: ["Post"], steps: [
    (p) => p.post.updateManyAndReturn({ where: { categoryId: 1 }, data: { views: 0 }, select: { id: true, views: true, category: { select: { slug: true } } } })] },
  { name: "update-many-and-return-limit", state: ["Comment"], steps: [
    (p) => p.comment.updateManyAndReturn({ where: { likes: 0 }, data: { likes: { increment: 1 } }, limit: 2 })] },
  { name: "update-many-json", state: ["Sample"], steps: [
    (p, P) => p.sample.updateMany({ where: { bool: true }, data: { optJson: P.JsonNull } }),
    (p, P) => p.sample.updateMany({ where: { bool: false }, data: { optJson: P.DbNull } }),
    (p, P) => p.sample.count({ where: { optJson: { equals: P.JsonNull } } })] },
  // ---- upsert
  { name: "upsert-create-native", state: ["User"], steps: [
    (p) => p.user.upsert({ where: { email: "up@example.com" }, create: user("up@example.com", { name: "Up" }), update: { name: "Updated" } })] },
  { name: "upsert-update-native", state: ["User"], steps: [
    (p) => p.user.upsert({ where: { email: "user03@example.com" }, create: user("user03@example.com"), update: { name: "Updated", age: { increment: 1 } } })] },
  { name: "upsert-create-nested", state: ["User", "Profile"], steps: [
    (p) => p.user.upsert({ where: { id: 999 }, create: user("up2@example.com", { profile: { create: { bio: "new" } } }),
      update: { name: "never" }, include: { profile: true } })] },
  { name: "upsert-update-nested", state: ["User", "Profile"], steps: [
    (p) => p.user.upsert({ where: { id: 1 }, create: user("never@example.com"),
      update: { name: "Alice 2", profile: { update: { bio: "updated bio" } } }, include: { profile: true } })] },
  { name: "upsert-compound-id", state: ["Membership"], steps: [
    (p) => p.membership.upsert({ where: { userId_teamId: { userId: 1, teamId: 2 } }, create: { userId: 1, teamId: 2, role: "x", joinedAt: at },
      update: { role: "owner" } }),
    (p) => p.membership.upsert({ where: { userId_teamId: { userId: 1, teamId: 1 } }, create: { userId: 1, teamId: 1, role: "new", joinedAt: at },
      update: { role: "never" } })] },
  { name: "upsert-create-unique-violation", state: ["User"], steps: [
    (p) => p.user.upsert({ where: { id: 999 }, create: user("user01@example.com"), update: {} })] },
  // ---- deleteOne
  { name: "delete", state: ["Comment"], steps: [(p) => p.comment.delete({ where: { id: 1 } })] },
  { name: "delete-missing", state: ["Comment"], steps: [(p) => p.comment.delete({ where: { id: 999 } })] },
  { name: "delete-restricted", state: ["User"], steps: [(p) => p.user.delete({ where: { id: 1 } })] },
  { name: "delete-set-null", state: ["Category", "Post"], steps: [
    (p) => p.category.delete({ where: { slug: "tech" }, select: { id: true, slug: true } })] },
  { name: "delete-cascades-many-to-many", state: ["Post", "PostTags"], steps: [
    (p) => p.post.delete({ where: { id: 40 }, include: { tags: { orderBy: asc } } })] },
  { name: "delete-compound-id", state: ["Membership"], steps: [
    (p) => p.membership.delete({ where: { userId_teamId: { userId: 4, teamId: 2 } } })] },
  { name: "delete-where-extra-filter-misses", state: ["Tag"], steps: [(p) => p.tag.delete({ where: { id: 8, name: "java" } })] },
  // ---- deleteMany
  { name: "delete-many", state: ["Comment"], steps: [(p) => p.comment.deleteMany({ where: { likes: { lt: 3 } } })] },
  { name: "delete-many-limit", state: ["Comment"], steps: [(p) => p.comment.deleteMany({ where: { body: { contains: "great" } }, limit: 3 })] },
  { name: "delete-many-all", state: ["Tag", "PostTags"], steps: [(p) => p.tag.deleteMany()] },
  { name: "delete-many-restricted", state: ["User"], steps: [(p) => p.user.deleteMany({ where: { id: { lte: 3 } } })] },
  { name: "delete-many-relation-filter", state: ["Comment"], steps: [
    (p) => p.comment.deleteMany({ where: { post: { status: "ARCHIVED" }, author: { role: "ADMIN" } } })] },
  // ---- raw
  { name: "execute-raw-postgresql", only: PG, state: ["Post"], steps: [
    (p) => p.$executeRaw`UPDATE "posts" SET "views" = ${1} + "views" WHERE "id" < ${4}`] },
  { name: "execute-raw-sqlite", only: SQLITE, state: ["Post"], steps: [
    (p) => p.$executeRaw`UPDATE "posts" SET "views" = ${1} + "views" WHERE "id" < ${4}`] },
  { name: "query-raw-postgresql", only: PG, state: [], steps: [
    (p) => p.$queryRaw`SELECT "id", "email", "name", "age" FROM "users" WHERE "id" <= ${3} ORDER BY "id"`,
    (p) => p.$queryRaw`SELECT "balance", "big_number", "created_at", "is_active", "avatar", "meta" FROM "users" WHERE "id" IN (1, 2) ORDER BY "id"`] },
  { name: "query-raw-sqlite", only: SQLITE, state: [], steps: [
    (p) => p.$queryRaw`SELECT "id", "email", "name", "age" FROM "users" WHERE "id" <= ${3} ORDER BY "id"`,
    (p) => p.$queryRaw`SELECT "balance", "big_number", "created_at", "is_active", "avatar", "meta" FROM "users" WHERE "id" IN (1, 2) ORDER BY "id"`] },
  { name: "query-raw-insert-returning", only: PG, state: ["Tag"], steps: [
    (p) => p.$queryRaw`INSERT INTO "tags" ("name") VALUES (${"raw"}) RETURNING "id", "name"`] },
  { name: "execute-raw-error-postgresql", only: PG, state: ["Tag"], steps: [
    (p) => p.$executeRaw`INSERT INTO "tags" ("id", "name") VALUES (${1}, ${"dup"})`] },
  { name: "execute-raw-error-sqlite", only: SQLITE, state: ["Tag"], steps: [
    (p) => p.$executeRaw`INSERT INTO "tags" ("id", "name") VALUES (${1}, ${"dup"})`] },
  // ---- Json writes
  { name: "json-write-shapes", state: ["Sample"], steps: [
    (p) => p.sample.update({ where: { id: "s1" }, data: { json: "text", optJson: 12.5 }, select: { json: true, optJson: true } }),
    (p) => p.sample.update({ where: { id: "s2" }, data: { json: [[], {}, ""], optJson: false }, select: { json: true, optJson: true } }),
    (p) => p.sample.update({ where: { id: "s3" }, data: { json: { $type: "not a tag", v: 1 } }, select: { json: true } })] },
  { name: "json-null-writes", state: ["User"], steps: [
    (p, P) => p.user.update({ where: { id: 1 }, data: { meta: P.JsonNull }, select: { meta: true } }),
    (p, P) => p.user.update({ where: { id: 2 }, data: { meta: P.DbNull }, select: { meta: true } }),
    (p, P) => p.user.findMany({ where: { id: { lte: 4 }, meta: { equals: P.JsonNull } }, select: { id: true }, orderBy: asc }),
    (p, P) => p.user.findMany({ where: { id: { lte: 4 }, meta: { equals: P.DbNull } }, select: { id: true }, orderBy: asc })] },
  // ---- scalar lists (PostgreSQL)
  { name: "list-push", only: PG, state: ["Gadget"], steps: [
    (p) => p.gadget.update({ where: { id: 1 }, data: { labels: { push: "purple" }, scores: { push: [7, 8] } }, select: { labels: true, scores: true } }),
    (p) => p.gadget.update({ where: { id: 8 }, data: { labels: { push: ["first"] } }, select: { labels: true } })] },
  { name: "list-push-typed", only: PG, state: ["Gadget"], steps: [
    (p, P) => p.gadget.update({ where: { id: 2 }, data: { prices: { push: new P.Decimal("0.01") }, stamps: { push: at }, flags: { push: true }, ratios: { push: 1.25 } },
      select: { prices: true, stamps: true, flags: true, ratios: true } })] },
  { name: "list-set", only: PG, state: ["Gadget"], steps: [
    (p) => p.gadget.update({ where: { id: 3 }, data: { labels: { set: [] }, scores: [1, 2, 3] }, select: { labels: true, scores: true } }),
    (p) => p.gadget.updateMany({ where: { id: { gt: 6 } }, data: { flags: { set: [true, true] } } })] },
  { name: "list-create", only: PG, state: ["Gadget"], steps: [
    (p, P) => p.gadget.create({ data: { name: "New", description: "made here", labels: ["a", "b"], scores: { set: [1] }, ratios: [],
      flags: [false], prices: [new P.Decimal("1.5")], stamps: [at], price: new P.Decimal("3.50"), weight: 0.5, small: 7,
      code: "00000000-0000-4000-8000-0000000000aa", day: d("2025-01-02T00:00:00.000Z"), at, doc: { a: 1 } } })] },
  // ---- nested writes, one-to-one (User.profile; the foreign key is on Profile)
  { name: "nested-one-to-one-create", state: ["User", "Profile"], steps: [
    (p) => p.user.create({ data: user("p1@example.com", { profile: { create: { bio: "hello", website: "https://x" } } }), include: { profile: true } })] },
  { name: "nested-one-to-one-create-existing", state: ["User", "Profile"], steps: [
    (p) => p.user.update({ where: { id: 1 }, data: { name: "changed", profile: { create: { bio: "second" } } } })] },
  { name: "nested-one-to-one-update", state: ["Profile"], steps: [
    (p) => p.user.update({ where: { id: 1 }, data: { profile: { update: { bio: "new bio", website: null } } }, include: { profile: true } })] },
  { name: "nested-one-to-one-update-missing", state: ["User", "Profile"], steps: [
    (p) => p.user.update({ where: { id: 3 }, data: { name: "x", profile: { update: { bio: "none" } } } })] },
  { name: "nested-one-to-one-upsert", state: ["Profile"], steps: [
    (p) => p.user.update({ where: { id: 3 }, data: { profile: { upsert: { create: { bio: "made" }, update: { bio: "never" } } } }, include: { profile: true } }),
    (p) => p.user.update({ where: { id: 1 }, data: { profile: { upsert: { create: { bio: "never" }, update: { bio: "updated" } } } }, include: { profile: true } })] },
  { name: "nested-one-to-one-delete", state: ["Profile"], steps: [
    (p) => p.user.update({ where: { id: 1 }, data: { profile: { delete: true } }, include: { profile: true } }),
    (p) => p.user.update({ where: { id: 3 }, data: { profile: { delete: true } } })] },
  { name: "nested-one-to-one-connect", state: ["Profile"], steps: [
    (p) => p.user.update({ where: { id: 3 }, data: { profile: { connect: { id: 1 } } }, include: { profile: true } })] },
  { name: "nested-one-to-one-disconnect-required", state: ["Profile"], steps: [
    (p) => p.user.update({ where: { id: 1 }, data: { profile: { disconnect: true } } })] },
  { name: "nested-one-to-one-connect-or-create", state: ["User", "Profile"], steps: [
    (p) => p.profile.create({ data: { bio: "for 3", user: { connectOrCreate: { where: { email: "user03@example.com" }, create: user("never@example.com") } } }, include: { user: { select: { id: true } } } }),
    (p) => p.profile.create({ data: { bio: "for new", user: { connectOrCreate: { where: { email: "cc@example.com" }, create: user("cc@example.com") } } }, include: { user: { select: { id: true } } } })] },
  // ---- nested writes, one-to-many from the one side (User.posts)
  { name: "nested-to-many-create", state: ["User", "Post"], steps: [
    (p) => p.user.create({ data: user("author@example.com", { posts: { create: [post("A1", { views: 3 }), post("A2")] } }),
      include: { posts: { orderBy: asc } } })] },
  { name: "nested-to-many-create-many", state: ["User", "Post"], steps: [
    (p) => p.user.update({ where: { id: 21 }, data: { posts: { createMany: { data: [post("B1"), post("B2", { categoryId: 2 })] } } },
      select: { id: true, posts: { orderBy: asc, select: { title: true, categoryId: true } } } })] },
  { name: "nested-to-many-connect", state: ["Post"], steps: [
    (p) => p.user.update({ where: { id: 21 }, data: { posts: { connect: [{ id: 9 }, { id: 12 }] } }, select: { posts: { select: { id: true }, orderBy: asc } } })] },
  { name: "nested-to-many-connect-missing", state: ["Post"], steps: [
    (p) => p.user.update({ where: { id: 21 }, data: { posts: { connect: [{ id: 9 }, { id: 999 }] } } })] },
  { name: "nested-to-many-disconnect", state: ["Post"], steps: [
    (p) => p.user.update({ where: { id: 1 }, data: { posts: { disconnect: [{ id: 12 }] } }, select: { posts: { select: { id: true } } } }),
    (p) => p.user.update({ where: { id: 1 }, data: { posts: { disconnect: { id: 1 } } }, select: { posts: { select: { id: true } } } })] },
  { name: "nested-to-many-set", state: ["Post"], steps: [
    (p) => p.user.update({ where: { id: 1 }, data: { posts: { set: [{ id: 9 }, { id: 18 }] } }, select: { posts: { select: { id: true }, orderBy: asc } } })] },
  { name: "nested-to-many-update", state: ["Post"], steps: [
    (p) => p.user.update({ where: { id: 12 }, data: { posts: { update: { where: { id: 19 }, data: { title: "changed", views: { increment: 1 } } } } } })] },
  { name: "nested-to-many-update-not-connected", state: ["Post"], steps: [
    (p) => p.user.update({ where: { id: 12 }, data: { name: "x", posts: { update: { where: { id: 1 }, data: { title: "never" } } } } })] },
  { name: "nested-to-many-update-many", state: ["Post"], steps: [
    (p) => p.user.update({ where: { id: 12 }, data: { posts: { updateMany: { where: { views: { gt: 200 } }, data: { published: true } } } } })] },
  { name: "nested-to-many-upsert", state: ["Post"], steps: [
    (p) => p.user.update({ where: { id: 12 }, data: { posts: { upsert: [
      { where: { id: 31 }, update: { title: "upserted" }, create: post("never") },
      { where: { id: 999 }, update: { title: "never" }, create: post("created by upsert") }] } }, include: { posts: { orderBy: asc } } })] },
  { name: "nested-to-many-delete", state: ["Post"], steps: [
    (p) => p.user.update({ where: { id: 12 }, data: { posts: { delete: { id: 31 } } }, select: { posts: { select: { id: true }, orderBy: asc } } })] },
  { name: "nested-to-many-delete-not-connected", state: ["Post"], steps: [
    (p) => p.user.update({ where: { id: 12 }, data: { posts: { delete: { id: 40 } } } })] },
  { name: "nested-to-many-delete-many", state: ["Post", "PostTags"], steps: [
    (p) => p.category.update({ where: { id: 8 }, data: { posts: { deleteMany: { id: { gt: 30 } } } }, include: { posts: { orderBy: asc } } })] },
  { name: "nested-to-many-connect-or-create", state: ["Post"], steps: [
    (p) => p.user.update({ where: { id: 21 }, data: { posts: { connectOrCreate: [
      { where: { id: 9 }, create: post("never") }, { where: { id: 998 }, create: post("made") }] } }, select: { posts: { orderBy: asc, select: { id: true, title: true } } } })] },
  // ---- nested writes, one-to-many from the many side (Post.author)
  { name: "nested-to-one-create", state: ["User", "Post"], steps: [
    (p) => p.post.create({ data: post("With new author", { author: { create: user("pa@example.com") } }), include: { author: true } })] },
  { name: "nested-to-one-connect", state: ["Post"], steps: [
    (p) => p.post.update({ where: { id: 9 }, data: { author: { connect: { email: "user05@example.com" } } }, include: { author: { select: { id: true } } } })] },
  { name: "nested-to-one-connect-missing", state: ["Post"], steps: [
    (p) => p.post.update({ where: { id: 1 }, data: { title: "never", author: { connect: { id: 999 } } } })] },
  { name: "nested-to-one-disconnect", state: ["Post"], steps: [
    (p) => p.post.update({ where: { id: 1 }, data: { author: { disconnect: true } }, select: { id: true, authorId: true } }),
    (p) => p.post.update({ where: { id: 9 }, data: { author: { disconnect: true } }, select: { id: true, authorId: true } })] },
  { name: "nested-to-one-update", state: ["User"], steps: [
    (p) => p.post.update({ where: { id: 1 }, data: { author: { update: { name: "via post", age: { increment: 1 } } } }, include: { author: true } })] },
  { name: "nested-to-one-update-none", state: ["User", "Post"], steps: [
    (p) => p.post.update({ where: { id: 9 }, data: { title: "never", author: { update: { name: "nobody" } } } })] },
  { name: "nested-to-one-upsert", state: ["User", "Post"], steps: [
    (p) => p.post.update({ where: { id: 9 }, data: { author: { upsert: { create: user("ups@example.com"), update: { name: "never" } } } }, include: { author: true } }),
    (p) => p.post.update({ where: { id: 1 }, data: { author: { upsert: { create: user("never@example.com"), update: { name: "upserted" } } } }, include: { author: true } })] },
  { name: "nested-to-one-delete", state: ["Category", "Post"], steps: [
    (p) => p.post.update({ where: { id: 4 }, data: { category: { delete: true } }, select: { id: true, categoryId: true } }),
    (p) => p.post.update({ where: { id: 7 }, data: { category: { delete: true } } })] },
  { name: "nested-to-one-connect-or-create", state: ["Category", "Post"], steps: [
    (p) => p.post.update({ where: { id: 7 }, data: { category: { connectOrCreate: { where: { slug: "java" }, create: { name: "never", slug: "never" } } } }, select: { categoryId: true } }),
    (p) => p.post.update({ where: { id: 14 }, data: { category: { connectOrCreate: { where: { slug: "rust" }, create: { name: "Rust", slug: "rust", parentId: 1 } } } }, include: { category: true } })] },
  { name: "nested-required-connect", state: ["Comment"], steps: [
    (p) => p.comment.create({ data: { body: "linked", createdAt: at, post: { connect: { id: 40 } }, author: { connect: { email: "user24@example.com" } } },
      include: { post: { select: { id: true } }, author: { select: { id: true } } } })] },
  { name: "nested-self-relation", state: ["User"], steps: [
    (p) => p.user.update({ where: { id: 21 }, data: { manager: { connect: { id: 1 } }, reports: { connect: [{ id: 22 }, { id: 23 }] } },
      select: { id: true, managerId: true, reports: { select: { id: true }, orderBy: asc } } }),
    (p) => p.user.update({ where: { id: 2 }, data: { reports: { set: [] } }, select: { reports: true } })] },
  { name: "nested-compound-id-connect", state: ["Membership"], steps: [
    (p) => p.membership.create({ data: { role: "dev", joinedAt: at, user: { connect: { id: 24 } }, team: { connect: { orgCode_slug: { orgCode: "globex", slug: "ops" } } } } }),
    (p) => p.membership.create({ data: { role: "dup", joinedAt: at, user: { connect: { id: 24 } }, team: { connect: { id: 4 } } } })] },
  // ---- nested writes, many-to-many (Post.tags)
  { name: "many-to-many-create-connect", state: ["Tag", "PostTags"], steps: [
    (p) => p.post.create({ data: post("Tagged", { tags: { connect: [{ id: 1 }, { name: "unused" }], create: [{ name: "brand-new" }],
      connectOrCreate: [{ where: { name: "sql" }, create: { name: "never" } }, { where: { name: "fresh" }, create: { name: "fresh" } }] } }),
      include: { tags: { orderBy: asc } } })] },
  { name: "many-to-many-connect-twice", state: ["PostTags"], steps: [
    (p) => p.post.update({ where: { id: 1 }, data: { tags: { connect: [{ id: 2 }, { id: 8 }] } }, select: { tags: { select: { id: true }, orderBy: asc } } })] },
  { name: "many-to-many-connect-missing", state: ["PostTags"], steps: [
    (p) => p.post.update({ where: { id: 1 }, data: { tags: { connect: [{ id: 8 }, { id: 99 }] } } })] },
  { name: "many-to-many-disconnect-set", state: ["PostTags"], steps: [
    (p) => p.post.update({ where: { id: 1 }, data: { tags: { disconnect: [{ id: 2 }, { id: 7 }] } }, select: { tags: { select: { id: true } } } }),
    (p) => p.post.update({ where: { id: 2 }, data: { tags: { set: [{ id: 8 }, { id: 1 }] } }, select: { tags: { select: { id: true }, orderBy: asc } } }),
    (p) => p.tag.update({ where: { id: 3 }, data: { posts: { set: [] } }, select: { _count: { select: { posts: true } } } })] },
  { name: "many-to-many-update-delete", state: ["Tag", "PostTags"], steps: [
    (p) => p.post.update({ where: { id: 1 }, data: { tags: { update: { where: { id: 2 }, data: { name: "sql2" } }, updateMany: { where: { name: { startsWith: "j" } }, data: { name: "jj" } } } },
      include: { tags: { orderBy: asc } } }),
    (p) => p.post.update({ where: { id: 3 }, data: { tags: { delete: [{ id: 4 }], deleteMany: { name: "orm" } } }, include: { tags: { orderBy: asc } } })] },
  // ---- failing nested writes leave nothing behind
  { name: "nested-failure-rolls-back-create", state: ["User", "Post", "Profile"], steps: [
    (p) => p.user.create({ data: user("rollback@example.com", { profile: { create: { bio: "x" } }, posts: { create: [post("ok"), post("bad", { category: { connect: { id: 999 } } })] } }) })] },
  { name: "nested-failure-rolls-back-update", state: ["User", "Post"], steps: [
    (p) => p.user.update({ where: { id: 1 }, data: { name: "changed", posts: { deleteMany: {} } } })] },
  { name: "nested-failure-unique-deep", state: ["User", "Post", "Tag", "PostTags"], steps: [
    (p) => p.user.update({ where: { id: 2 }, data: { age: 99, posts: { create: { title: "t", createdAt: at, tags: { create: [{ name: "ok-tag" }, { name: "java" }] } } } } })] },
  // ---- sequences
  { name: "sequence-create-update-delete", state: ["Tag", "PostTags"], steps: [
    (p) => p.tag.create({ data: { name: "temp", posts: { connect: [{ id: 1 }] } } }),
    (p) => p.tag.update({ where: { name: "temp" }, data: { name: "temp2" }, include: { posts: { select: { id: true } } } }),
    (p) => p.tag.delete({ where: { name: "temp2" } }),
    (p) => p.tag.delete({ where: { name: "temp2" } })] },
  { name: "sequence-upsert-twice", state: ["Doc"], steps: [
    (p) => p.doc.upsert({ where: { title: "Up" }, create: { title: "Up", version: 1 }, update: { version: { increment: 1 } } }),
    (p) => p.doc.upsert({ where: { title: "Up" }, create: { title: "Up", version: 1 }, update: { version: { increment: 1 } } }),
    (p) => p.doc.findUnique({ where: { title: "Up" }, select: { version: true } })] },
  // ---- round two
  { name: "create-many-skip-duplicates-sqlite", only: SQLITE, state: ["Tag"], steps: [
    (p) => p.tag.createMany({ data: [{ name: "java" }, { name: "kotlin" }], skipDuplicates: true })] },
  { name: "upsert-where-differs-from-create", state: ["User"], steps: [
    (p) => p.user.upsert({ where: { email: "absent@example.com" }, create: user("other@example.com"), update: { name: "never" } })] },
  { name: "create-explicit-id-then-default", state: ["Tag"], steps: [
    (p) => p.tag.create({ data: { id: 100, name: "hundred" } }),
    (p) => p.tag.create({ data: { name: "next" } })] },
  { name: "write-decimal-and-bigint-extremes", state: ["User"], steps: [
    (p, P) => p.user.update({ where: { id: 3 }, data: { balance: new P.Decimal("12345678901234567890.123456789"), bigNumber: 9223372036854775807n },
      select: { balance: true, bigNumber: true } }),
    (p, P) => p.user.update({ where: { id: 4 }, data: { balance: new P.Decimal("-0.000000001"), bigNumber: -9223372036854775808n },
      select: { balance: true, bigNumber: true } })] },
  { name: "delete-returns-relations", state: ["User", "Post"], steps: [
    (p) => p.user.delete({ where: { id: 24 }, include: { profile: true, posts: true, manager: { select: { id: true } } } })] },
  { name: "update-many-enum-and-datetime", state: ["User"], steps: [
    (p) => p.user.updateMany({ where: { role: "GUEST" }, data: { role: "ADMIN", birthday: d("2000-02-29T12:34:56.789Z") } }),
    (p) => p.user.findMany({ where: { role: "ADMIN" }, select: { id: true, birthday: true }, orderBy: asc })] },
  { name: "update-many-and-return-empty", state: ["Post"], steps: [
    (p) => p.post.updateManyAndReturn({ where: { id: { gt: 1000 } }, data: { views: 1 } })] },
  // ---- round three
  { name: "nested-three-levels", state: ["User", "Post", "Comment", "Tag", "PostTags"], steps: [
    (p) => p.user.create({ data: user("deep@example.com", { posts: { create: { title: "Deep", createdAt: at,
      comments: { create: [{ body: "c1", createdAt: at, author: { connect: { id: 2 } } }] },
      tags: { connectOrCreate: [{ where: { name: "orm" }, create: { name: "never" } }, { where: { name: "deep" }, create: { name: "deep" } }] } } } }),
      include: { posts: { include: { comments: true, tags: { orderBy: asc } } } } })] },
  { name: "nested-one-to-one-connect-from-foreign-key-side", state: ["Profile"], steps: [
    (p) => p.profile.update({ where: { id: 1 }, data: { user: { connect: { id: 3 } } }, include: { user: { select: { id: true } } } }),
    (p) => p.profile.update({ where: { id: 2 }, data: { user: { connect: { id: 4 } } } })] },
  { name: "nested-create-many-skip-duplicates", only: PG, state: ["Membership"], steps: [
    (p) => p.team.update({ where: { id: 1 }, data: { memberships: { createMany: { data: [{ userId: 2, role: "dup", joinedAt: at },
      { userId: 20, role: "new", joinedAt: at }], skipDuplicates: true } } }, select: { _count: { select: { memberships: true } } } })] },
  { name: "create-many-and-return-skip-duplicates", only: PG, state: ["Tag"], steps: [
    (p) => p.tag.createManyAndReturn({ data: [{ name: "java" }, { name: "kotlin" }], skipDuplicates: true })] },
  { name: "many-to-many-set-missing", state: ["PostTags"], steps: [
    (p) => p.post.update({ where: { id: 1 }, data: { title: "never", tags: { set: [{ id: 1 }, { id: 99 }] } } })] },
  { name: "update-select-count", state: ["Post"], steps: [
    (p) => p.user.update({ where: { id: 12 }, data: { posts: { disconnect: [{ id: 7 }] } }, select: { id: true, _count: { select: { posts: true, comments: true } } } })] },
  { name: "upsert-compound-unique", state: ["Team"], steps: [
    (p) => p.team.upsert({ where: { orgCode_slug: { orgCode: "globex", slug: "ops" } }, create: { orgCode: "globex", slug: "ops", name: "never" }, update: { name: "Ops!" } }),
    (p) => p.team.upsert({ where: { orgCode_slug: { orgCode: "initech", slug: "core" } }, create: { orgCode: "initech", slug: "core", name: "Initech" }, update: { name: "never" } })] },
  { name: "update-many-and-return-include", state: ["Post"], steps: [
    (p) => p.post.updateManyAndReturn({ where: { id: { in: [1, 2] } }, data: { views: { decrement: 1 } }, include: { author: { select: { email: true } } } })] },
  { name: "update-many-decimal-increment", state: ["Membership"], steps: [
    (p, P) => p.membership.updateMany({ where: { teamId: 2 }, data: { weight: { increment: new P.Decimal("0.25") } } })] },
  { name: "update-where-unique-with-or", state: ["User"], steps: [
    (p) => p.user.update({ where: { id: 5, OR: [{ age: null }, { age: { gt: 100 } }] }, data: { age: 1 }, select: { id: true, age: true } }),
    (p) => p.user.update({ where: { email: "user06@example.com", NOT: { role: "ADMIN" } }, data: { age: 2 }, select: { id: true } })] },
  { name: "update-foreign-key-scalar-violation", state: ["Post"], steps: [
    (p) => p.post.updateMany({ where: { id: { lte: 3 } }, data: { categoryId: 999 } })] },
  { name: "nested-to-many-delete-many-many-to-many", state: ["Tag", "PostTags"], steps: [
    (p) => p.post.update({ where: { id: 5 }, data: { tags: { deleteMany: [{ name: { startsWith: "s" } }, { id: 1 }] } }, include: { tags: true } })] },
  // ---- round four: generated ids, P2000, P2011
  { name: "create-generated-ids", state: ["Token"], steps: [
    (p) => p.token.create({ data: { label: "one" } }),
    (p) => p.token.createMany({ data: [{ label: "two" }, { label: "three", uuid4: "given" }] }),
    (p) => p.token.createManyAndReturn({ data: [{}], select: { id: true, uuid7: true, cuid2: true, nano: true, ulid: true } }),
    (p) => p.token.upsert({ where: { id: 50 }, create: { label: "upserted" }, update: {} })] },
  { name: "value-too-long", only: PG, state: ["Gadget"], steps: [
    (p) => p.gadget.update({ where: { id: 1 }, data: { name: "x".repeat(61) } }),
    (p) => p.gadget.update({ where: { id: 1 }, data: { name: "y".repeat(60) }, select: { name: true } })] },
  { name: "null-constraint-violation", state: ["Strict"], steps: [
    (p) => p.strict.create({ data: {} }),
    (p) => p.strict.createMany({ data: [{ code: "ok" }, {}] }),
    (p) => p.strict.create({ data: { code: "fine" } })] },
  // ---- round five: nested order (input order, Prisma 7.10), connect/set details, P2025 variants (with meta)
  { name: "nested-order-connect-then-delete-many", state: ["Post"], steps: [
    (p) => p.user.update({ where: { id: 21 }, data: { posts: { connect: [{ id: 36 }], deleteMany: {} } }, select: { id: true } })] },
  { name: "nested-order-delete-many-then-connect", state: ["Post"], steps: [
    (p) => p.user.update({ where: { id: 21 }, data: { posts: { deleteMany: {}, connect: [{ id: 36 }] } }, select: { id: true } })] },
  { name: "nested-order-create-then-delete-many", state: ["Post"], steps: [
    (p) => p.user.update({ where: { id: 22 }, data: { posts: { create: [post("Gone")], deleteMany: {} } }, select: { id: true } })] },
  { name: "nested-order-connect-then-set", state: ["Post"], steps: [
    (p) => p.user.update({ where: { id: 12 }, data: { posts: { connect: [{ id: 36 }], set: [{ id: 7 }] } }, select: { id: true } }),
    (p) => p.user.update({ where: { id: 21 }, data: { posts: { set: [], connect: [{ id: 27 }] } }, select: { id: true } })] },
  { name: "nested-parent-side-connect-before-update", state: ["User", "Post"], steps: [
    (p) => p.post.update({ where: { id: 36 }, data: { author: { update: { name: "Updated" }, connect: { id: 22 } } }, select: { id: true, authorId: true } })] },
  { name: "nested-parent-side-disconnect-wins", state: ["Post"], steps: [
    (p) => p.post.update({ where: { id: 31 }, data: { author: { disconnect: true, connect: { id: 22 } } }, select: { id: true, authorId: true } }),
    (p) => p.post.update({ where: { id: 32 }, data: { author: { connect: { id: 22 }, disconnect: true } }, select: { id: true, authorId: true } })] },
  { name: "nested-set-one-to-many-skips-missing", state: ["Post"], steps: [
    (p) => p.user.update({ where: { id: 21 }, data: { posts: { set: [{ id: 36 }, { id: 999 }] } }, select: { id: true } })] },
  { name: "update-missing-with-nested-writes", state: ["Post", "Tag"], steps: [
    (p) => p.user.update({ where: { id: 999 }, data: { posts: { create: [post("Never")] } } }),
    (p) => p.user.update({ where: { id: 999 }, data: { posts: { connect: [{ id: 36 }] } } }),
    (p) => p.user.update({ where: { id: 999 }, data: { posts: { deleteMany: {} } } }),
    (p) => p.post.update({ where: { id: 999 }, data: { tags: { connect: [{ id: 1 }] } } }),
    (p) => p.user.update({ where: { id: 999 }, data: { profile: { create: { bio: "never" } } } })] },
  { name: "nested-missing-related-meta", state: ["User", "Profile", "Post"], steps: [
    (p) => p.user.update({ where: { id: 3 }, data: { profile: { connect: { id: 999 } } } }),
    (p) => p.user.update({ where: { id: 3 }, data: { profile: { delete: true } } }),
    (p) => p.user.update({ where: { id: 3 }, data: { profile: { update: { bio: "x" } } } }),
    (p) => p.post.update({ where: { id: 36 }, data: { author: { connect: { id: 999 } } } }),
    (p) => p.user.update({ where: { id: 12 }, data: { posts: { update: { where: { id: 12 }, data: { title: "x" } } } } }),
    (p) => p.user.update({ where: { id: 12 }, data: { posts: { delete: { id: 12 } } } }),
    (p) => p.user.create({ data: user("pc@example.com", { profile: { connect: { id: 999 } } }) }),
    (p) => p.user.delete({ where: { id: 999 } }),
    (p) => p.user.findUniqueOrThrow({ where: { id: 999 } })] },
];
