-- postgresql
SELECT "t0"."role", SUM("t0"."big") FROM "public"."items" AS "t0" WHERE 1=1 GROUP BY "t0"."role" ORDER BY COUNT(*) DESC, BOOL_AND("t0"."flag") ASC, "t0"."role" ASC NULLS LAST LIMIT ? OFFSET ?
-- params: [2, 1]

-- sqlite
SELECT "t0"."role", SUM("t0"."big") FROM "items" AS "t0" WHERE 1=1 GROUP BY "t0"."role" ORDER BY COUNT(*) DESC, MIN("t0"."flag") ASC, "t0"."role" ASC NULLS LAST LIMIT ? OFFSET ?
-- params: [2, 1]

