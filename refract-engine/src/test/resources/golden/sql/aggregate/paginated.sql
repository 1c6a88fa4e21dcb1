-- postgresql
SELECT COUNT(*), SUM("num") FROM (SELECT "t0"."num" FROM "public"."items" AS "t0" WHERE "t0"."grp" = ? ORDER BY "t0"."name" DESC, "t0"."id" ASC LIMIT 2 OFFSET 1) AS "sub"
-- params: [b]

-- sqlite
SELECT COUNT(*), SUM("num") FROM (SELECT "t0"."num" FROM "items" AS "t0" WHERE "t0"."grp" = ? ORDER BY "t0"."name" DESC, "t0"."id" ASC LIMIT ? OFFSET ?) AS "sub"
-- params: [b, 2, 1]

