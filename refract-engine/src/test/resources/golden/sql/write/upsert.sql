-- postgresql
INSERT INTO "public"."users" ("email","role") VALUES (?,?) ON CONFLICT ("email") DO UPDATE SET "view_count" = "users"."view_count" + ? WHERE "users"."email" = ? RETURNING "id", "email", "view_count"
-- params: [a@x.io, USER, 1, a@x.io]

-- sqlite
INSERT INTO "users" ("email","role") VALUES (?,?) ON CONFLICT ("email") DO UPDATE SET "view_count" = "users"."view_count" + ? WHERE "users"."email" = ? RETURNING "id", "email", "view_count"
-- params: [a@x.io, USER, 1, a@x.io]

