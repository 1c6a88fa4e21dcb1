-- postgresql
SELECT "t0"."grp", "t0"."role" FROM "public"."items" AS "t0" WHERE "t0"."flag" = ? GROUP BY "t0"."grp", "t0"."role" HAVING (("t0"."grp" = ? OR COUNT(*) > ?) AND NOT (AVG("t0"."d") IN (?, ?)) AND MIN("t0"."name") LIKE ? AND MAX("t0"."at") <= ? AND MIN("t0"."role") = ? AND SUM("t0"."num") IS NOT NULL)
-- params: [true, a, 1, 1.5, 2, b%, 2024-02-15T00:00:00Z, ADMIN]

-- sqlite
SELECT "t0"."grp", "t0"."role" FROM "items" AS "t0" WHERE "t0"."flag" = ? GROUP BY "t0"."grp", "t0"."role" HAVING (("t0"."grp" = ? OR COUNT(*) > ?) AND NOT (AVG("t0"."d") IN (?, ?)) AND MIN("t0"."name") LIKE ? AND MAX("t0"."at") <= ? AND MIN("t0"."role") = ? AND SUM("t0"."num") IS NOT NULL)
-- params: [true, a, 1, 1.5, 2.0, b%, 2024-02-15T00:00:00Z, ADMIN]

