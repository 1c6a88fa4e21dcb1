-- equals
SELECT "t0"."id", "t0"."name" FROM "public"."User" AS "t0" WHERE "t0"."name" = ? ORDER BY "t0"."id" ASC
-- params: [Alice]

-- equals null
SELECT "t0"."id", "t0"."name" FROM "public"."User" AS "t0" WHERE "t0"."name" IS NULL ORDER BY "t0"."id" ASC

-- not equals excludes nulls
SELECT "t0"."id", "t0"."name" FROM "public"."User" AS "t0" WHERE "t0"."name" <> ? ORDER BY "t0"."id" ASC
-- params: [Alice]

-- not null
SELECT "t0"."id", "t0"."name" FROM "public"."User" AS "t0" WHERE "t0"."name" IS NOT NULL ORDER BY "t0"."id" ASC

-- NOT of two
SELECT "t0"."id", "t0"."name" FROM "public"."User" AS "t0" WHERE (NOT ("t0"."age" = ?) AND NOT ("t0"."name" = ?)) ORDER BY "t0"."id" ASC
-- params: [25, Alice]

-- NOT empty
SELECT "t0"."id", "t0"."name" FROM "public"."User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC

-- OR empty
SELECT "t0"."id", "t0"."name" FROM "public"."User" AS "t0" WHERE 1=0 ORDER BY "t0"."id" ASC

-- AND, OR
SELECT "t0"."id", "t0"."name" FROM "public"."User" AS "t0" WHERE (("t0"."age" = ? OR "t0"."age" = ?) AND "t0"."score" IS NOT NULL) ORDER BY "t0"."id" ASC
-- params: [25, 40]

-- in
SELECT "t0"."id", "t0"."name" FROM "public"."User" AS "t0" WHERE "t0"."age" IN (?, ?) ORDER BY "t0"."id" ASC
-- params: [25, 40]

-- in empty
SELECT "t0"."id", "t0"."name" FROM "public"."User" AS "t0" WHERE 1=0 ORDER BY "t0"."id" ASC

-- notIn empty
SELECT "t0"."id", "t0"."name" FROM "public"."User" AS "t0" WHERE 1=1 ORDER BY "t0"."id" ASC

-- notIn
SELECT "t0"."id", "t0"."name" FROM "public"."User" AS "t0" WHERE "t0"."age" NOT IN (?, ?) ORDER BY "t0"."id" ASC
-- params: [25, 40]

-- in 3002 values (one array/JSON parameter)
SELECT "t0"."id", "t0"."name" FROM "public"."User" AS "t0" WHERE "t0"."id" = ANY(?) ORDER BY "t0"."id" ASC
-- params: [[100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159...

-- notIn 3002 values
SELECT "t0"."id", "t0"."name" FROM "public"."User" AS "t0" WHERE "t0"."id" <> ALL(?) ORDER BY "t0"."id" ASC
-- params: [[100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159...

-- lt, gte
SELECT "t0"."id", "t0"."name" FROM "public"."User" AS "t0" WHERE ("t0"."age" < ? AND "t0"."age" >= ?) ORDER BY "t0"."id" ASC
-- params: [40, 30]

-- field reference
SELECT "t0"."id", "t0"."name" FROM "public"."User" AS "t0" WHERE "t0"."score" < "t0"."age" ORDER BY "t0"."id" ASC

-- contains % is a wildcard, as in Prisma
SELECT "t0"."id", "t0"."name" FROM "public"."User" AS "t0" WHERE "t0"."name" LIKE ? ORDER BY "t0"."id" ASC
-- params: [%%%]

-- contains _ is a wildcard, as in Prisma
SELECT "t0"."id", "t0"."name" FROM "public"."User" AS "t0" WHERE "t0"."email" LIKE ? ORDER BY "t0"."id" ASC
-- params: [%b_b%]

-- startsWith, endsWith
SELECT "t0"."id", "t0"."name" FROM "public"."User" AS "t0" WHERE ("t0"."email" LIKE ? AND "t0"."email" LIKE ?) ORDER BY "t0"."id" ASC
-- params: [a%, %.com]

-- notContains
SELECT "t0"."id", "t0"."name" FROM "public"."User" AS "t0" WHERE "t0"."email" NOT LIKE ? ORDER BY "t0"."id" ASC
-- params: [%a%]

-- contains field reference
SELECT "t0"."id", "t0"."name" FROM "public"."User" AS "t0" WHERE "t0"."email" LIKE ('%' || "t0"."name" || '%') ORDER BY "t0"."id" ASC

-- insensitive equals
SELECT "t0"."id", "t0"."name" FROM "public"."User" AS "t0" WHERE "t0"."name" ILIKE ? ORDER BY "t0"."id" ASC
-- params: [ALICE]

-- insensitive contains
SELECT "t0"."id", "t0"."name" FROM "public"."User" AS "t0" WHERE "t0"."name" ILIKE ? ORDER BY "t0"."id" ASC
-- params: [%E%]

-- insensitive not equals
SELECT "t0"."id", "t0"."name" FROM "public"."User" AS "t0" WHERE "t0"."name" NOT ILIKE ? ORDER BY "t0"."id" ASC
-- params: [eve]

-- insensitive in
SELECT "t0"."id", "t0"."name" FROM "public"."User" AS "t0" WHERE LOWER("t0"."name") IN (LOWER(?), LOWER(?)) ORDER BY "t0"."id" ASC
-- params: [BOB, EVE]

-- insensitive gt
SELECT "t0"."id", "t0"."name" FROM "public"."User" AS "t0" WHERE LOWER("t0"."name") > LOWER(?) ORDER BY "t0"."id" ASC
-- params: [C]

-- some posts
SELECT "t0"."id", "t0"."name" FROM "public"."User" AS "t0" WHERE EXISTS (SELECT 1 FROM "public"."Post" AS "s1" WHERE "s1"."authorId" = "t0"."id" AND "s1"."views" > ?) ORDER BY "t0"."id" ASC
-- params: [15]

-- every post
SELECT "t0"."id", "t0"."name" FROM "public"."User" AS "t0" WHERE NOT EXISTS (SELECT 1 FROM "public"."Post" AS "s1" WHERE "s1"."authorId" = "t0"."id" AND NOT ("s1"."views" > ?)) ORDER BY "t0"."id" ASC
-- params: [6]

-- no post
SELECT "t0"."id", "t0"."name" FROM "public"."User" AS "t0" WHERE NOT EXISTS (SELECT 1 FROM "public"."Post" AS "s1" WHERE "s1"."authorId" = "t0"."id" AND "s1"."views" > ?) ORDER BY "t0"."id" ASC
-- params: [50]

-- some posts (any)
SELECT "t0"."id", "t0"."name" FROM "public"."User" AS "t0" WHERE EXISTS (SELECT 1 FROM "public"."Post" AS "s1" WHERE "s1"."authorId" = "t0"."id") ORDER BY "t0"."id" ASC

-- profile is (back side of 1:1)
SELECT "t0"."id", "t0"."name" FROM "public"."User" AS "t0" WHERE EXISTS (SELECT 1 FROM "public"."Profile" AS "s1" WHERE "s1"."userId" = "t0"."id" AND "s1"."bio" LIKE ?) ORDER BY "t0"."id" ASC
-- params: [%cats%]

-- profile is null
SELECT "t0"."id", "t0"."name" FROM "public"."User" AS "t0" WHERE NOT EXISTS (SELECT 1 FROM "public"."Profile" AS "s1" WHERE "s1"."userId" = "t0"."id") ORDER BY "t0"."id" ASC

-- author is (fk side)
SELECT "t0"."id", "t0"."title" FROM "public"."Post" AS "t0" WHERE EXISTS (SELECT 1 FROM "public"."User" AS "s1" WHERE "s1"."id" = "t0"."authorId" AND "s1"."name" = ?) ORDER BY "t0"."id" ASC
-- params: [Alice]

-- author isNot
SELECT "t0"."id", "t0"."title" FROM "public"."Post" AS "t0" WHERE NOT EXISTS (SELECT 1 FROM "public"."User" AS "s1" WHERE "s1"."id" = "t0"."authorId" AND "s1"."name" = ?) ORDER BY "t0"."id" ASC
-- params: [Alice]

-- m:n some (Post side, column B)
SELECT "t0"."id", "t0"."title" FROM "public"."Post" AS "t0" WHERE EXISTS (SELECT 1 FROM "public"."_CategoryToPost" AS "j1" INNER JOIN "public"."Category" AS "s1" ON "s1"."id" = "j1"."A" WHERE "j1"."B" = "t0"."id" AND "s1"."name" = ?) ORDER BY "t0"."id" ASC
-- params: [tech]

-- m:n some (Category side, column A), nested relation
SELECT "t0"."id" FROM "public"."Category" AS "t0" WHERE EXISTS (SELECT 1 FROM "public"."_CategoryToPost" AS "j1" INNER JOIN "public"."Post" AS "s1" ON "s1"."id" = "j1"."B" WHERE "j1"."A" = "t0"."id" AND EXISTS (SELECT 1 FROM "public"."User" AS "s2" WHERE "s2"."id" = "s1"."authorId" AND "s2"."name" = ?)) ORDER BY "t0"."id" ASC
-- params: [Bob]

-- m:n none
SELECT "t0"."id", "t0"."title" FROM "public"."Post" AS "t0" WHERE NOT EXISTS (SELECT 1 FROM "public"."_CategoryToPost" AS "j1" INNER JOIN "public"."Category" AS "s1" ON "s1"."id" = "j1"."A" WHERE "j1"."B" = "t0"."id") ORDER BY "t0"."id" ASC

-- json string_contains at path
SELECT "t0"."id", "t0"."name" FROM "public"."User" AS "t0" WHERE (("t0"."meta"#>>ARRAY[?, ?]::text[]) LIKE ? AND JSONB_TYPEOF(("t0"."meta"#>ARRAY[?, ?]::text[])) = 'string') ORDER BY "t0"."id" ASC
-- params: [a, b, %ell%, a, b]

-- json equals at path
SELECT "t0"."id", "t0"."name" FROM "public"."User" AS "t0" WHERE ("t0"."meta"#>ARRAY[?]::text[]) = ?::jsonb ORDER BY "t0"."id" ASC
-- params: [n, 5]

-- json gt (numbers only)
SELECT "t0"."id", "t0"."name" FROM "public"."User" AS "t0" WHERE (("t0"."meta"#>ARRAY[?]::text[]) > ?::jsonb AND JSONB_TYPEOF(("t0"."meta"#>ARRAY[?]::text[])) = 'number') ORDER BY "t0"."id" ASC
-- params: [n, 6, n]

-- NOT json gt keeps only numbers
SELECT "t0"."id", "t0"."name" FROM "public"."User" AS "t0" WHERE (NOT ((("t0"."meta"#>ARRAY[?]::text[]) > ?::jsonb OR JSONB_TYPEOF(("t0"."meta"#>ARRAY[?]::text[])) <> 'number'))) ORDER BY "t0"."id" ASC
-- params: [n, 6, n]

-- json array_starts_with
SELECT "t0"."id", "t0"."name" FROM "public"."User" AS "t0" WHERE ((("t0"."meta"#>ARRAY[?]::text[])->0) = ?::jsonb AND JSONB_TYPEOF(("t0"."meta"#>ARRAY[?]::text[])) = 'array') ORDER BY "t0"."id" ASC
-- params: [arr, 3, arr]

-- json array_ends_with
SELECT "t0"."id", "t0"."name" FROM "public"."User" AS "t0" WHERE ((("t0"."meta"#>ARRAY[?]::text[])->-1) = ?::jsonb AND JSONB_TYPEOF(("t0"."meta"#>ARRAY[?]::text[])) = 'array') ORDER BY "t0"."id" ASC
-- params: [arr, 3, arr]

-- json array_contains
SELECT "t0"."id", "t0"."name" FROM "public"."User" AS "t0" WHERE (("t0"."meta"#>ARRAY[?]::text[]) @> ?::jsonb AND JSONB_TYPEOF(("t0"."meta"#>ARRAY[?]::text[])) = 'array') ORDER BY "t0"."id" ASC
-- params: [arr, [3], arr]

-- json equals whole value
SELECT "t0"."id", "t0"."name" FROM "public"."User" AS "t0" WHERE "t0"."meta" = ?::jsonb ORDER BY "t0"."id" ASC
-- params: [{"n": "str"}]

-- search
SELECT "t0"."id", "t0"."title" FROM "public"."Post" AS "t0" WHERE to_tsvector(concat_ws(' ', "t0"."title")) @@ to_tsquery(?) ORDER BY "t0"."id" ASC
-- params: [hello | sixth]

-- relevance order
SELECT "t0"."id", "t0"."title" FROM "public"."Post" AS "t0" WHERE to_tsvector(concat_ws(' ', "t0"."title")) @@ to_tsquery(?) ORDER BY ts_rank(to_tsvector(concat_ws(' ', "t0"."title")), to_tsquery(?)) DESC, "t0"."id" ASC
-- params: [hello | world, hello | world]

-- list has
SELECT "t0"."id", "t0"."title" FROM "public"."Post" AS "t0" WHERE "t0"."tags" @> ? ORDER BY "t0"."id" ASC
-- params: [[b]]

-- list hasSome
SELECT "t0"."id", "t0"."title" FROM "public"."Post" AS "t0" WHERE "t0"."tags" && ? ORDER BY "t0"."id" ASC
-- params: [[a, c]]

-- list hasEvery
SELECT "t0"."id", "t0"."title" FROM "public"."Post" AS "t0" WHERE "t0"."tags" @> ? ORDER BY "t0"."id" ASC
-- params: [[a, b]]

-- list isEmpty
SELECT "t0"."id", "t0"."title" FROM "public"."Post" AS "t0" WHERE "t0"."tags" = '{}' ORDER BY "t0"."id" ASC

-- list equals
SELECT "t0"."id", "t0"."title" FROM "public"."Post" AS "t0" WHERE "t0"."tags" = ? ORDER BY "t0"."id" ASC
-- params: [[b]]

-- list equals null
SELECT "t0"."id", "t0"."title" FROM "public"."Post" AS "t0" WHERE "t0"."tags" IS NULL ORDER BY "t0"."id" ASC

-- order age asc, id desc
SELECT "t0"."id", "t0"."name" FROM "public"."User" AS "t0" ORDER BY "t0"."age" ASC, "t0"."id" DESC

-- order score asc nulls first
SELECT "t0"."id", "t0"."name" FROM "public"."User" AS "t0" ORDER BY "t0"."score" ASC NULLS FIRST, "t0"."id" ASC

-- order score desc nulls last
SELECT "t0"."id", "t0"."name" FROM "public"."User" AS "t0" ORDER BY "t0"."score" DESC NULLS LAST, "t0"."id" ASC

-- order by author.name (LEFT JOIN)
SELECT "t0"."id", "t0"."title" FROM "public"."Post" AS "t0" LEFT JOIN "public"."User" AS "t1" ON "t1"."id" = "t0"."authorId" ORDER BY "t1"."name" ASC NULLS LAST, "t0"."id" ASC

-- order by author.profile.bio (two joins)
SELECT "t0"."id", "t0"."title" FROM "public"."Post" AS "t0" LEFT JOIN "public"."User" AS "t1" ON "t1"."id" = "t0"."authorId" LEFT JOIN "public"."Profile" AS "t2" ON "t2"."userId" = "t1"."id" ORDER BY "t2"."bio" DESC NULLS LAST, "t1"."age" ASC, "t0"."id" ASC

-- order by posts _count desc
SELECT "t0"."id", "t0"."name" FROM "public"."User" AS "t0" ORDER BY (SELECT COUNT(*) FROM "public"."Post" AS "s1" WHERE "s1"."authorId" = "t0"."id") DESC, "t0"."id" ASC

-- order by categories _count (m:n)
SELECT "t0"."id", "t0"."title" FROM "public"."Post" AS "t0" ORDER BY (SELECT COUNT(*) FROM "public"."_CategoryToPost" AS "j1" WHERE "j1"."B" = "t0"."id") DESC, "t0"."id" DESC

-- order by author.posts _count
SELECT "t0"."id", "t0"."title" FROM "public"."Post" AS "t0" LEFT JOIN "public"."User" AS "t1" ON "t1"."id" = "t0"."authorId" ORDER BY (SELECT COUNT(*) FROM "public"."Post" AS "s1" WHERE "s1"."authorId" = "t1"."id") ASC, "t0"."id" ASC

-- skip, take (pk appended)
SELECT "t0"."id", "t0"."name" FROM "public"."User" AS "t0" ORDER BY "t0"."age" ASC, "t0"."id" ASC LIMIT 2 OFFSET 1

-- skip only
SELECT "t0"."id", "t0"."name" FROM "public"."User" AS "t0" ORDER BY "t0"."age" ASC, "t0"."id" ASC OFFSET 3

-- take negative
SELECT "r"."id", "r"."name" FROM (SELECT "t0"."id", "t0"."name", "t0"."age" AS "__o0", "t0"."id" AS "__o1" FROM "public"."User" AS "t0" ORDER BY "t0"."age" DESC, "t0"."id" DESC LIMIT 2) AS "r" ORDER BY "r"."__o0" ASC, "r"."__o1" ASC

-- take negative, skip
SELECT "r"."id", "r"."name" FROM (SELECT "t0"."id", "t0"."name", "t0"."age" AS "__o0", "t0"."id" AS "__o1" FROM "public"."User" AS "t0" ORDER BY "t0"."age" DESC, "t0"."id" DESC LIMIT 2 OFFSET 1) AS "r" ORDER BY "r"."__o0" ASC, "r"."__o1" ASC

-- cursor (row value, cursor row included)
SELECT "t0"."id", "t0"."name" FROM "public"."User" AS "t0" WHERE ("t0"."age", "t0"."id") >= (SELECT "c0"."age", "c0"."id" FROM "public"."User" AS "c0" WHERE "c0"."id" = ?) ORDER BY "t0"."age" ASC, "t0"."id" ASC LIMIT 2
-- params: [3]

-- cursor, skip 1
SELECT "t0"."id", "t0"."name" FROM "public"."User" AS "t0" WHERE ("t0"."age", "t0"."id") >= (SELECT "c0"."age", "c0"."id" FROM "public"."User" AS "c0" WHERE "c0"."id" = ?) ORDER BY "t0"."age" ASC, "t0"."id" ASC LIMIT 2 OFFSET 1
-- params: [3]

-- cursor, negative take
SELECT "r"."id", "r"."name" FROM (SELECT "t0"."id", "t0"."name", "t0"."age" AS "__o0", "t0"."id" AS "__o1" FROM "public"."User" AS "t0" WHERE ("t0"."age", "t0"."id") <= (SELECT "c0"."age", "c0"."id" FROM "public"."User" AS "c0" WHERE "c0"."id" = ?) ORDER BY "t0"."age" DESC, "t0"."id" DESC LIMIT 2) AS "r" ORDER BY "r"."__o0" ASC, "r"."__o1" ASC
-- params: [4]

-- cursor not found
SELECT "t0"."id", "t0"."name" FROM "public"."User" AS "t0" WHERE ("t0"."age", "t0"."id") >= (SELECT "c0"."age", "c0"."id" FROM "public"."User" AS "c0" WHERE "c0"."id" = ?) ORDER BY "t0"."age" ASC, "t0"."id" ASC LIMIT 2
-- params: [99]

-- cursor by unique email, desc
SELECT "t0"."id", "t0"."name" FROM "public"."User" AS "t0" WHERE ("t0"."age" <= (SELECT "c0"."age" FROM "public"."User" AS "c0" WHERE "c0"."email" = ?) AND ("t0"."age" < (SELECT "c0"."age" FROM "public"."User" AS "c0" WHERE "c0"."email" = ?) OR ("t0"."age" = (SELECT "c0"."age" FROM "public"."User" AS "c0" WHERE "c0"."email" = ?) AND ("t0"."id" > (SELECT "c0"."id" FROM "public"."User" AS "c0" WHERE "c0"."email" = ?) OR "t0"."id" = (SELECT "c0"."id" FROM "public"."User" AS "c0" WHERE "c0"."email" = ?))))) ORDER BY "t0"."age" DESC, "t0"."id" ASC LIMIT 10
-- params: [alice@x.com, alice@x.com, alice@x.com, alice@x.com, alice@x.com]

-- cursor mixed directions
SELECT "t0"."id", "t0"."name" FROM "public"."User" AS "t0" WHERE ("t0"."age" <= (SELECT "c0"."age" FROM "public"."User" AS "c0" WHERE "c0"."id" = ?) AND ("t0"."age" < (SELECT "c0"."age" FROM "public"."User" AS "c0" WHERE "c0"."id" = ?) OR ("t0"."age" = (SELECT "c0"."age" FROM "public"."User" AS "c0" WHERE "c0"."id" = ?) AND ("t0"."id" > (SELECT "c0"."id" FROM "public"."User" AS "c0" WHERE "c0"."id" = ?) OR "t0"."id" = (SELECT "c0"."id" FROM "public"."User" AS "c0" WHERE "c0"."id" = ?))))) ORDER BY "t0"."age" DESC, "t0"."id" ASC LIMIT 3
-- params: [1, 1, 1, 1, 1]

-- cursor nullable asc nulls last
SELECT "t0"."id", "t0"."name" FROM "public"."User" AS "t0" WHERE (EXISTS (SELECT 1 FROM "public"."User" AS "c0" WHERE "c0"."id" = ?) AND ("t0"."score" > (SELECT "c0"."score" FROM "public"."User" AS "c0" WHERE "c0"."id" = ?) OR ("t0"."score" IS NULL AND (SELECT "c0"."score" FROM "public"."User" AS "c0" WHERE "c0"."id" = ?) IS NOT NULL) OR (("t0"."score" = (SELECT "c0"."score" FROM "public"."User" AS "c0" WHERE "c0"."id" = ?) OR ("t0"."score" IS NULL AND (SELECT "c0"."score" FROM "public"."User" AS "c0" WHERE "c0"."id" = ?) IS NULL)) AND ("t0"."id" > (SELECT "c0"."id" FROM "public"."User" AS "c0" WHERE "c0"."id" = ?) OR "t0"."id" = (SELECT "c0"."id" FROM "public"."User" AS "c0" WHERE "c0"."id" = ?))))) ORDER BY "t0"."score" ASC NULLS LAST, "t0"."id" ASC LIMIT 10
-- params: [4, 4, 4, 4, 4, 4, 4]

-- cursor nullable asc nulls first
SELECT "t0"."id", "t0"."name" FROM "public"."User" AS "t0" WHERE (EXISTS (SELECT 1 FROM "public"."User" AS "c0" WHERE "c0"."id" = ?) AND ("t0"."score" > (SELECT "c0"."score" FROM "public"."User" AS "c0" WHERE "c0"."id" = ?) OR ("t0"."score" IS NOT NULL AND (SELECT "c0"."score" FROM "public"."User" AS "c0" WHERE "c0"."id" = ?) IS NULL) OR (("t0"."score" = (SELECT "c0"."score" FROM "public"."User" AS "c0" WHERE "c0"."id" = ?) OR ("t0"."score" IS NULL AND (SELECT "c0"."score" FROM "public"."User" AS "c0" WHERE "c0"."id" = ?) IS NULL)) AND ("t0"."id" > (SELECT "c0"."id" FROM "public"."User" AS "c0" WHERE "c0"."id" = ?) OR "t0"."id" = (SELECT "c0"."id" FROM "public"."User" AS "c0" WHERE "c0"."id" = ?))))) ORDER BY "t0"."score" ASC NULLS FIRST, "t0"."id" ASC LIMIT 10
-- params: [5, 5, 5, 5, 5, 5, 5]

-- cursor on a null value
SELECT "t0"."id", "t0"."name" FROM "public"."User" AS "t0" WHERE (EXISTS (SELECT 1 FROM "public"."User" AS "c0" WHERE "c0"."id" = ?) AND ("t0"."score" < (SELECT "c0"."score" FROM "public"."User" AS "c0" WHERE "c0"."id" = ?) OR ("t0"."score" IS NOT NULL AND (SELECT "c0"."score" FROM "public"."User" AS "c0" WHERE "c0"."id" = ?) IS NULL) OR (("t0"."score" = (SELECT "c0"."score" FROM "public"."User" AS "c0" WHERE "c0"."id" = ?) OR ("t0"."score" IS NULL AND (SELECT "c0"."score" FROM "public"."User" AS "c0" WHERE "c0"."id" = ?) IS NULL)) AND ("t0"."id" > (SELECT "c0"."id" FROM "public"."User" AS "c0" WHERE "c0"."id" = ?) OR "t0"."id" = (SELECT "c0"."id" FROM "public"."User" AS "c0" WHERE "c0"."id" = ?))))) ORDER BY "t0"."score" DESC NULLS FIRST, "t0"."id" ASC LIMIT 10
-- params: [5, 5, 5, 5, 5, 5, 5]

-- cursor nullable default nulls
SELECT "t0"."id", "t0"."name" FROM "public"."User" AS "t0" WHERE (EXISTS (SELECT 1 FROM "public"."User" AS "c0" WHERE "c0"."id" = ?) AND ("t0"."score" > (SELECT "c0"."score" FROM "public"."User" AS "c0" WHERE "c0"."id" = ?) OR ("t0"."score" IS NULL AND (SELECT "c0"."score" FROM "public"."User" AS "c0" WHERE "c0"."id" = ?) IS NOT NULL) OR (("t0"."score" = (SELECT "c0"."score" FROM "public"."User" AS "c0" WHERE "c0"."id" = ?) OR ("t0"."score" IS NULL AND (SELECT "c0"."score" FROM "public"."User" AS "c0" WHERE "c0"."id" = ?) IS NULL)) AND ("t0"."id" > (SELECT "c0"."id" FROM "public"."User" AS "c0" WHERE "c0"."id" = ?) OR "t0"."id" = (SELECT "c0"."id" FROM "public"."User" AS "c0" WHERE "c0"."id" = ?))))) ORDER BY "t0"."score" ASC, "t0"."id" ASC LIMIT 10
-- params: [1, 1, 1, 1, 1, 1, 1]

-- cursor, orderBy author.name (value from the cursor row's join)
SELECT "t0"."id", "t0"."title" FROM "public"."Post" AS "t0" LEFT JOIN "public"."User" AS "t1" ON "t1"."id" = "t0"."authorId" WHERE (EXISTS (SELECT 1 FROM "public"."Post" AS "c0" WHERE "c0"."id" = ?) AND ("t1"."name" > (SELECT "c1"."name" FROM "public"."Post" AS "c0" LEFT JOIN "public"."User" AS "c1" ON "c1"."id" = "c0"."authorId" WHERE "c0"."id" = ?) OR ("t1"."name" IS NULL AND (SELECT "c1"."name" FROM "public"."Post" AS "c0" LEFT JOIN "public"."User" AS "c1" ON "c1"."id" = "c0"."authorId" WHERE "c0"."id" = ?) IS NOT NULL) OR (("t1"."name" = (SELECT "c1"."name" FROM "public"."Post" AS "c0" LEFT JOIN "public"."User" AS "c1" ON "c1"."id" = "c0"."authorId" WHERE "c0"."id" = ?) OR ("t1"."name" IS NULL AND (SELECT "c1"."name" FROM "public"."Post" AS "c0" LEFT JOIN "public"."User" AS "c1" ON "c1"."id" = "c0"."authorId" WHERE "c0"."id" = ?) IS NULL)) AND ("t0"."id" > (SELECT "c0"."id" FROM "public"."Post" AS "c0" LEFT JOIN "public"."User" AS "c1" ON "c1"."id" = "c0"."authorId" WHERE "c0"."id" = ?) OR "t0"."id" = (SELECT "c0"."id" FROM "public"."Post" AS "c0" LEFT JOIN "public"."User" AS "c1" ON "c1"."id" = "c0"."authorId" WHERE "c0"."id" = ?))))) ORDER BY "t1"."name" ASC NULLS LAST, "t0"."id" ASC LIMIT 2
-- params: [6, 6, 6, 6, 6, 6, 6]

-- cursor, orderBy posts _count desc
SELECT "t0"."id", "t0"."name" FROM "public"."User" AS "t0" WHERE ((SELECT COUNT(*) FROM "public"."Post" AS "s1" WHERE "s1"."authorId" = "t0"."id") <= (SELECT (SELECT COUNT(*) FROM "public"."Post" AS "s1" WHERE "s1"."authorId" = "c0"."id") FROM "public"."User" AS "c0" WHERE "c0"."id" = ?) AND ((SELECT COUNT(*) FROM "public"."Post" AS "s1" WHERE "s1"."authorId" = "t0"."id") < (SELECT (SELECT COUNT(*) FROM "public"."Post" AS "s1" WHERE "s1"."authorId" = "c0"."id") FROM "public"."User" AS "c0" WHERE "c0"."id" = ?) OR ((SELECT COUNT(*) FROM "public"."Post" AS "s1" WHERE "s1"."authorId" = "t0"."id") = (SELECT (SELECT COUNT(*) FROM "public"."Post" AS "s1" WHERE "s1"."authorId" = "c0"."id") FROM "public"."User" AS "c0" WHERE "c0"."id" = ?) AND ("t0"."id" > (SELECT "c0"."id" FROM "public"."User" AS "c0" WHERE "c0"."id" = ?) OR "t0"."id" = (SELECT "c0"."id" FROM "public"."User" AS "c0" WHERE "c0"."id" = ?))))) ORDER BY (SELECT COUNT(*) FROM "public"."Post" AS "s1" WHERE "s1"."authorId" = "t0"."id") DESC, "t0"."id" ASC LIMIT 2
-- params: [2, 2, 2, 2, 2]

-- cursor, orderBy posts _count desc, negative take
SELECT "r"."id", "r"."name" FROM (SELECT "t0"."id", "t0"."name", (SELECT COUNT(*) FROM "public"."Post" AS "s1" WHERE "s1"."authorId" = "t0"."id") AS "__o0", "t0"."id" AS "__o1" FROM "public"."User" AS "t0" WHERE ((SELECT COUNT(*) FROM "public"."Post" AS "s1" WHERE "s1"."authorId" = "t0"."id") >= (SELECT (SELECT COUNT(*) FROM "public"."Post" AS "s1" WHERE "s1"."authorId" = "c0"."id") FROM "public"."User" AS "c0" WHERE "c0"."id" = ?) AND ((SELECT COUNT(*) FROM "public"."Post" AS "s1" WHERE "s1"."authorId" = "t0"."id") > (SELECT (SELECT COUNT(*) FROM "public"."Post" AS "s1" WHERE "s1"."authorId" = "c0"."id") FROM "public"."User" AS "c0" WHERE "c0"."id" = ?) OR ((SELECT COUNT(*) FROM "public"."Post" AS "s1" WHERE "s1"."authorId" = "t0"."id") = (SELECT (SELECT COUNT(*) FROM "public"."Post" AS "s1" WHERE "s1"."authorId" = "c0"."id") FROM "public"."User" AS "c0" WHERE "c0"."id" = ?) AND ("t0"."id" < (SELECT "c0"."id" FROM "public"."User" AS "c0" WHERE "c0"."id" = ?) OR "t0"."id" = (SELECT "c0"."id" FROM "public"."User" AS "c0" WHERE "c0"."id" = ?))))) ORDER BY (SELECT COUNT(*) FROM "public"."Post" AS "s1" WHERE "s1"."authorId" = "t0"."id") ASC, "t0"."id" DESC LIMIT 2) AS "r" ORDER BY "r"."__o0" DESC, "r"."__o1" ASC
-- params: [3, 3, 3, 3, 3]

-- distinct age
SELECT "d"."id", "d"."name" FROM (SELECT DISTINCT ON ("t0"."age") "t0"."id", "t0"."name", "t0"."id" AS "__o0" FROM "public"."User" AS "t0" ORDER BY "t0"."age", "t0"."id" ASC) AS "d" ORDER BY "d"."__o0" ASC

-- distinct age, order id desc, take 2
SELECT "d"."id", "d"."name" FROM (SELECT DISTINCT ON ("t0"."age") "t0"."id", "t0"."name", "t0"."id" AS "__o0" FROM "public"."User" AS "t0" ORDER BY "t0"."age", "t0"."id" DESC) AS "d" ORDER BY "d"."__o0" DESC LIMIT 2

-- distinct age, take -2
SELECT "r"."id", "r"."name" FROM (SELECT "d"."id", "d"."name", "d"."__o0" FROM (SELECT DISTINCT ON ("t0"."age") "t0"."id", "t0"."name", "t0"."id" AS "__o0" FROM "public"."User" AS "t0" ORDER BY "t0"."age", "t0"."id" DESC) AS "d" ORDER BY "d"."__o0" DESC LIMIT 2) AS "r" ORDER BY "r"."__o0" ASC

-- link by keys
SELECT "t0"."id", "t0"."authorId" FROM "public"."Post" AS "t0" WHERE "t0"."authorId" IN (?, ?) ORDER BY "t0"."id" ASC
-- params: [1, 2]

-- link, take 2 per parent
SELECT "p"."id", "p"."authorId" FROM (SELECT "t0"."id", "t0"."authorId", "t0"."views" AS "__o0", "t0"."id" AS "__o1", ROW_NUMBER() OVER (PARTITION BY "t0"."authorId" ORDER BY "t0"."views" ASC, "t0"."id" ASC) AS "__rn" FROM "public"."Post" AS "t0" WHERE "t0"."authorId" IN (?, ?)) AS "p" WHERE "p"."__rn" > ? AND "p"."__rn" <= ? ORDER BY "p"."authorId", "p"."__o0" ASC, "p"."__o1" ASC
-- params: [1, 2, 0, 2]

-- link, skip 1 take -1 per parent
SELECT "p"."id", "p"."authorId" FROM (SELECT "t0"."id", "t0"."authorId", "t0"."views" AS "__o0", "t0"."id" AS "__o1", ROW_NUMBER() OVER (PARTITION BY "t0"."authorId" ORDER BY "t0"."views" DESC, "t0"."id" DESC) AS "__rn" FROM "public"."Post" AS "t0" WHERE "t0"."authorId" IN (?, ?)) AS "p" WHERE "p"."__rn" > ? AND "p"."__rn" <= ? ORDER BY "p"."authorId", "p"."__o0" ASC, "p"."__o1" ASC
-- params: [1, 2, 1, 2]

-- link, distinct authorId per parent
SELECT "p"."id", "p"."authorId" FROM (SELECT "d"."id", "d"."authorId", "d"."__o0", "d"."__o1", ROW_NUMBER() OVER (PARTITION BY "d"."authorId" ORDER BY "d"."__o0" DESC, "d"."__o1" ASC) AS "__rn" FROM (SELECT DISTINCT ON ("t0"."authorId") "t0"."id", "t0"."authorId", "t0"."views" AS "__o0", "t0"."id" AS "__o1" FROM "public"."Post" AS "t0" WHERE "t0"."authorId" IN (?, ?) ORDER BY "t0"."authorId", "t0"."views" DESC, "t0"."id" ASC) AS "d") AS "p" WHERE 1=1 ORDER BY "p"."authorId", "p"."__o0" DESC, "p"."__o1" ASC
-- params: [1, 2]

-- link, cursor applies per parent
SELECT "t0"."id", "t0"."authorId" FROM "public"."Post" AS "t0" WHERE "t0"."authorId" IN (?, ?) AND "t0"."id" >= (SELECT "c0"."id" FROM "public"."Post" AS "c0" WHERE "c0"."id" = ? AND "c0"."authorId" = "t0"."authorId") ORDER BY "t0"."id" ASC
-- params: [1, 2, 2]

-- link, cursor and take 1 per parent
SELECT "p"."id", "p"."authorId" FROM (SELECT "t0"."id", "t0"."authorId", "t0"."id" AS "__o0", ROW_NUMBER() OVER (PARTITION BY "t0"."authorId" ORDER BY "t0"."id" ASC) AS "__rn" FROM "public"."Post" AS "t0" WHERE "t0"."authorId" IN (?, ?) AND "t0"."id" >= (SELECT "c0"."id" FROM "public"."Post" AS "c0" WHERE "c0"."id" = ? AND "c0"."authorId" = "t0"."authorId")) AS "p" WHERE "p"."__rn" > ? AND "p"."__rn" <= ? ORDER BY "p"."authorId", "p"."__o0" ASC
-- params: [1, 2, 2, 0, 1]

-- link, no parents
SELECT "t0"."id", "t0"."authorId" FROM "public"."Post" AS "t0" WHERE 1=0

-- link by parent subquery
SELECT "t0"."id", "t0"."authorId" FROM "public"."Post" AS "t0" WHERE "t0"."authorId" IN (SELECT "t0"."id" FROM "User" AS "t0" WHERE "t0"."age" < ?) ORDER BY "t0"."id" ASC
-- params: [30]

-- link by parent subquery, take 1 per parent
SELECT "p"."id", "p"."authorId" FROM (SELECT "t0"."id", "t0"."authorId", "t0"."views" AS "__o0", "t0"."id" AS "__o1", ROW_NUMBER() OVER (PARTITION BY "t0"."authorId" ORDER BY "t0"."views" DESC, "t0"."id" ASC) AS "__rn" FROM "public"."Post" AS "t0" WHERE "t0"."authorId" IN (SELECT "t0"."id" FROM "User" AS "t0" WHERE "t0"."age" < ?)) AS "p" WHERE "p"."__rn" > ? AND "p"."__rn" <= ? ORDER BY "p"."authorId", "p"."__o0" DESC, "p"."__o1" ASC
-- params: [30, 0, 1]

