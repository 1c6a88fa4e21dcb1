-- postgresql
SELECT MAX("num") FROM (SELECT "t0"."num" FROM "public"."items" AS "t0") AS "sub"
-- params: []

-- sqlite
SELECT MAX("num") FROM (SELECT "t0"."num" FROM "items" AS "t0") AS "sub"
-- params: []

