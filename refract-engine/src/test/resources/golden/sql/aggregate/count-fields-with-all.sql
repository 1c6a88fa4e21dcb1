-- postgresql
SELECT COUNT("name"), COUNT(*), COUNT("num"), COUNT("role") FROM (SELECT "t0"."name", "t0"."num", "t0"."role" FROM "public"."items" AS "t0") AS "sub"
-- params: []

-- sqlite
SELECT COUNT("name"), COUNT(*), COUNT("num"), COUNT("role") FROM (SELECT "t0"."name", "t0"."num", "t0"."role" FROM "items" AS "t0") AS "sub"
-- params: []

