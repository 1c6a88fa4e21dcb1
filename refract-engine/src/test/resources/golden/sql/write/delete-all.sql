-- postgresql
DELETE FROM "public"."Token"
-- params: []

-- sqlite
DELETE FROM "Token"
-- params: []

