-- postgresql
INSERT INTO "public"."users" DEFAULT VALUES RETURNING "id"
-- params: []

-- sqlite
INSERT INTO "users" DEFAULT VALUES RETURNING "id"
-- params: []

