-- postgresql
SELECT COUNT(*) FROM (SELECT "t0"."id" FROM "public"."items" AS "t0" WHERE "t0"."grp" = ?) AS "sub"
-- params: [a]

-- sqlite
SELECT COUNT(*) FROM (SELECT "t0"."id" FROM "items" AS "t0" WHERE "t0"."grp" = ?) AS "sub"
-- params: [a]

