-- postgresql
SELECT COUNT(*) FROM "public"."items" AS "t0" WHERE "t0"."grp" = ?
-- params: [a]

-- sqlite
SELECT COUNT(*) FROM "items" AS "t0" WHERE "t0"."grp" = ?
-- params: [a]

