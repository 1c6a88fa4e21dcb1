-- postgresql
SELECT COUNT(*), SUM("num") FROM (SELECT "t0"."num" FROM "public"."items" AS "t0" WHERE "t0"."grp" = ?) AS "sub"
-- params: [b]

-- sqlite
SELECT COUNT(*), SUM("num") FROM (SELECT "t0"."num" FROM "items" AS "t0" WHERE "t0"."grp" = ?) AS "sub"
-- params: [b]

