-- postgresql
SELECT COUNT("t0"."name"), COUNT(*), COUNT("t0"."num"), COUNT("t0"."role") FROM "public"."items" AS "t0"
-- params: []

-- sqlite
SELECT COUNT("t0"."name"), COUNT(*), COUNT("t0"."num"), COUNT("t0"."role") FROM "items" AS "t0"
-- params: []

