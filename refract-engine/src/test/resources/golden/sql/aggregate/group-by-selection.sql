-- postgresql
SELECT COUNT("t0"."num"), COUNT(*), "t0"."grp", AVG("t0"."f"), BOOL_OR("t0"."flag") FROM "public"."items" AS "t0" WHERE 1=1 GROUP BY "t0"."grp"
-- params: []

-- sqlite
SELECT COUNT("t0"."num"), COUNT(*), "t0"."grp", AVG("t0"."f"), MAX("t0"."flag") FROM "items" AS "t0" WHERE 1=1 GROUP BY "t0"."grp"
-- params: []

