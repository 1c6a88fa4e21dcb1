-- postgresql
UPDATE "public"."users" SET "name" = ?, "view_count" = "users"."view_count" + ?, "score" = "users"."score" * ?, "big" = "users"."big" - ?, "balance" = "users"."balance" / ?, "meta" = ? WHERE ("users"."email" = ? AND "users"."view_count" = ?) RETURNING "id", "name", "view_count"
-- params: [Ann, 1, 2.0, 3, 4, {"a":1}, a@x.io, 0]

-- sqlite
UPDATE "users" SET "name" = ?, "view_count" = "users"."view_count" + ?, "score" = "users"."score" * ?, "big" = "users"."big" - ?, "balance" = "users"."balance" / ?, "meta" = ? WHERE ("users"."email" = ? AND "users"."view_count" = ?) RETURNING "id", "name", "view_count"
-- params: [Ann, 1, 2.0, 3, 4, {"a":1}, a@x.io, 0]

