-- postgresql
DELETE FROM "public"."users" WHERE "users"."id" IN (SELECT "t0"."id" FROM "public"."users" AS "t0" WHERE "t0"."name" = ? LIMIT ?)
-- params: [n, 5]

-- sqlite
DELETE FROM "users" WHERE "users"."id" IN (SELECT "t0"."id" FROM "users" AS "t0" WHERE "t0"."name" = ? LIMIT ?)
-- params: [n, 5]

