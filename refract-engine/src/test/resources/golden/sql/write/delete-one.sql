-- postgresql
DELETE FROM "public"."users" WHERE "users"."id" = ? RETURNING "id", "email"
-- params: [1]

-- sqlite
DELETE FROM "users" WHERE "users"."id" = ? RETURNING "id", "email"
-- params: [1]

