-- postgresql
UPDATE "public"."Post" SET "title" = ? WHERE EXISTS (SELECT 1 FROM "public"."users" AS "s1" WHERE "s1"."id" = "Post"."authorId" AND "s1"."name" = ?)
-- params: [t, Ann]

-- sqlite
UPDATE "Post" SET "title" = ? WHERE EXISTS (SELECT 1 FROM "users" AS "s1" WHERE "s1"."id" = "Post"."authorId" AND "s1"."name" = ?)
-- params: [t, Ann]

