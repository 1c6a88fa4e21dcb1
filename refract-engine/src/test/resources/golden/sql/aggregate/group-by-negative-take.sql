-- postgresql
SELECT "t0"."grp" FROM "public"."items" AS "t0" WHERE 1=1 GROUP BY "t0"."grp", "t0"."num" ORDER BY "t0"."grp" DESC, "t0"."num" ASC NULLS LAST LIMIT ?
-- params: [2]

-- sqlite
SELECT "t0"."grp" FROM "items" AS "t0" WHERE 1=1 GROUP BY "t0"."grp", "t0"."num" ORDER BY "t0"."grp" DESC, "t0"."num" ASC NULLS LAST LIMIT ?
-- params: [2]

