-- postgresql
SELECT MAX("t0"."num") FROM "public"."items" AS "t0"
-- params: []

-- sqlite
SELECT MAX("t0"."num") FROM "items" AS "t0"
-- params: []

