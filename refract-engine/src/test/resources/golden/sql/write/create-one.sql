-- postgresql
INSERT INTO "public"."users" ("email","role","view_count") VALUES (?,?,?) RETURNING "id", "email", "view_count"
-- params: [a@x.io, USER, 0]

-- sqlite
INSERT INTO "users" ("email","role","view_count") VALUES (?,?,?) RETURNING "id", "email", "view_count"
-- params: [a@x.io, USER, 0]

