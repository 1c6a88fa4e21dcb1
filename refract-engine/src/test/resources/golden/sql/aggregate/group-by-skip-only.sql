-- postgresql
SELECT "t0"."grp" FROM "public"."items" AS "t0" WHERE 1=1 GROUP BY "t0"."grp" ORDER BY "t0"."grp" ASC OFFSET ?
-- params: [2]

-- sqlite
SELECT "t0"."grp" FROM "items" AS "t0" WHERE 1=1 GROUP BY "t0"."grp" ORDER BY "t0"."grp" ASC LIMIT -1 OFFSET ?
-- params: [2]

