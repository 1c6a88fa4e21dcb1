-- postgresql
INSERT INTO "public"."Post" ("id","title","authorId") VALUES (DEFAULT,?,?),(?,?,?)
-- params: [a, 1, 7, b, 1]

-- sqlite
INSERT INTO "Post" ("title","authorId") VALUES (?,?)
-- params: [a, 1]

