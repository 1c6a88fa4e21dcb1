-- postgresql
UPDATE "public"."Pair" SET "v" = ? WHERE ("Pair"."a", "Pair"."b") IN (SELECT "t0"."a", "t0"."b" FROM "public"."Pair" AS "t0" WHERE "t0"."b" = ? LIMIT ?)
-- params: [0, x, 10]

-- sqlite
UPDATE "Pair" SET "v" = ? WHERE ("Pair"."a", "Pair"."b") IN (SELECT "t0"."a", "t0"."b" FROM "Pair" AS "t0" WHERE "t0"."b" = ? LIMIT ?)
-- params: [0, x, 10]

