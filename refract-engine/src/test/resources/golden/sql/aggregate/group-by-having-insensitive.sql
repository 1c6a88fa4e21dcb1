-- postgresql
SELECT "t0"."grp" FROM "public"."items" AS "t0" WHERE 1=1 GROUP BY "t0"."grp" HAVING (LOWER(MIN("t0"."name")) = LOWER(?) OR NOT (MAX("t0"."name") ILIKE ?))
-- params: [A, %b%]

-- sqlite
SELECT "t0"."grp" FROM "items" AS "t0" WHERE 1=1 GROUP BY "t0"."grp" HAVING (LOWER(MIN("t0"."name")) = LOWER(?) OR NOT (MAX("t0"."name") LIKE ?))
-- params: [A, %b%]

