
-- {"modelName":"User","action":"createOne","query":{"arguments":{"data":{"email":"ann@x","posts":{"create":[{"title":"p1","tags":{"create":[{"name":"t1"},{"name":"t2"}]}},{"title":"p2"}]},"profile":{"create":{"bio":"b"}},"groups":{"create":[{"name":"g1"},{"name":"g2"}]}}},"selection":{"$scalars":true}}}
BEGIN
  -- []
INSERT INTO "User" ("email") VALUES (?) RETURNING "id", "email", "name"
  -- [ann@x]
INSERT INTO "Post" ("title","authorId") VALUES (?,?) RETURNING "id"
  -- [p1, 1]
INSERT INTO "Tag" ("name") VALUES (?),(?) RETURNING "id"
  -- [t1, t2]
INSERT INTO "_PostToTag" ("A","B") VALUES (?,?),(?,?) ON CONFLICT DO NOTHING
  -- [1, 1, 1, 2]
INSERT INTO "Post" ("title","authorId") VALUES (?,?)
  -- [p2, 1]
INSERT INTO "Profile" ("bio","userId") VALUES (?,?)
  -- [b, 1]
INSERT INTO "Group" ("name") VALUES (?),(?) RETURNING "id"
  -- [g1, g2]
INSERT INTO "_GroupToUser" ("B","A") VALUES (?,?),(?,?) ON CONFLICT DO NOTHING
  -- [1, 1, 1, 2]
COMMIT
  -- []

-- {"modelName":"Post","action":"createOne","query":{"arguments":{"data":{"title":"p3","author":{"connectOrCreate":{"where":{"email":"bob@x"},"create":{"email":"bob@x"}}}}},"selection":{"$scalars":true,"author":{"selection":{"email":true}}}}}
BEGIN
  -- []
SELECT "t0"."id" FROM "User" AS "t0" WHERE "t0"."email" = ? ORDER BY "t0"."id" ASC LIMIT 1
  -- [bob@x]
INSERT INTO "User" ("email") VALUES (?) RETURNING "id"
  -- [bob@x]
INSERT INTO "Post" ("title","authorId") VALUES (?,?) RETURNING "id"
  -- [p3, 2]
SELECT "t0"."id", "t0"."title", "t0"."authorId" FROM "Post" AS "t0" WHERE "t0"."id" = ?
  -- [3]
SELECT "t0"."email", "t0"."id" FROM "User" AS "t0" WHERE "t0"."id" = ANY(?)
  -- [[2]]
COMMIT
  -- []

-- {"modelName":"User","action":"updateOne","query":{"arguments":{"where":{"email":"ann@x"},"data":{"name":"Ann","posts":{"update":[{"where":{"id":1},"data":{"title":"P1"}}],"deleteMany":[{"title":"p2"}]},"groups":{"set":[{"name":"g2"}]},"profile":{"disconnect":true}}},"selection":{"$scalars":true}}}
BEGIN
  -- []
UPDATE "User" SET "name" = ? WHERE "User"."email" = ? RETURNING "id", "email", "name"
  -- [Ann, ann@x]
UPDATE "Post" SET "title" = ? WHERE ("Post"."authorId" = ? AND "Post"."id" = ?) RETURNING "id"
  -- [P1, 1, 1]
DELETE FROM "Post" WHERE ("Post"."authorId" = ? AND "Post"."title" = ?)
  -- [1, p2]
DELETE FROM "_GroupToUser" WHERE "B" = ?
  -- [1]
SELECT "t0"."id" FROM "Group" AS "t0" WHERE "t0"."name" = ?
  -- [g2]
INSERT INTO "_GroupToUser" ("B","A") VALUES (?,?) ON CONFLICT DO NOTHING
  -- [1, 2]
UPDATE "Profile" SET "userId" = ? WHERE "Profile"."userId" = ?
  -- [null, 1]
COMMIT
  -- []

-- {"modelName":"User","action":"upsertOne","query":{"arguments":{"where":{"id":1},"update":{"name":"Ann U"},"create":{"email":"carl@x"}},"selection":{"$scalars":true}}}
UPDATE "User" SET "name" = ? WHERE "User"."id" = ? RETURNING "id", "email", "name"
  -- [Ann U, 1]

-- {"modelName":"User","action":"upsertOne","query":{"arguments":{"where":{"id":99},"update":{"name":"none"},"create":{"email":"dan@x"}},"selection":{"$scalars":true}}}
UPDATE "User" SET "name" = ? WHERE "User"."id" = ? RETURNING "id", "email", "name"
  -- [none, 99]
INSERT INTO "User" ("email") VALUES (?) RETURNING "id", "email", "name"
  -- [dan@x]

-- {"modelName":"User","action":"upsertOne","query":{"arguments":{"where":{"id":1},"update":{"name":"Ann N","posts":{"update":[{"where":{"id":1},"data":{"title":"P1 again"}}]}},"create":{"email":"eve@x"}},"selection":{"$scalars":true}}}
BEGIN
  -- []
UPDATE "User" SET "name" = ? WHERE "User"."id" = ? RETURNING "id", "email", "name"
  -- [Ann N, 1]
UPDATE "Post" SET "title" = ? WHERE ("Post"."authorId" = ? AND "Post"."id" = ?) RETURNING "id"
  -- [P1 again, 1, 1]
COMMIT
  -- []

-- {"modelName":"User","action":"upsertOne","query":{"arguments":{"where":{"id":98},"update":{"name":"none","posts":{"update":[{"where":{"id":1},"data":{"title":"no"}}]}},"create":{"email":"fay@x","posts":{"create":[{"title":"f1"}]}}},"selection":{"$scalars":true}}}
BEGIN
  -- []
UPDATE "User" SET "name" = ? WHERE "User"."id" = ? RETURNING "id", "email", "name"
  -- [none, 98]
INSERT INTO "User" ("email") VALUES (?) RETURNING "id", "email", "name"
  -- [fay@x]
INSERT INTO "Post" ("title","authorId") VALUES (?,?)
  -- [f1, 4]
COMMIT
  -- []
