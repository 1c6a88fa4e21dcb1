
-- {"modelName":"User","action":"deleteOne","query":{"arguments":{"where":{"id":1}},"selection":{"id":true}}}
BEGIN
  -- []
SELECT "t0"."id" FROM "User" AS "t0" WHERE "t0"."id" = ? ORDER BY "t0"."id" ASC LIMIT 1
  -- [1]
SELECT "t0"."id" FROM "User" AS "t0" WHERE "t0"."id" = ?
  -- [1]
SELECT "t0"."userId" FROM "Profile" AS "t0" WHERE "t0"."userId" = ? LIMIT ?
  -- [1, 1]
SELECT "t0"."id" FROM "Post" AS "t0" WHERE "t0"."authorId" = ?
  -- [1]
SELECT "t0"."id" FROM "Comment" AS "t0" WHERE "t0"."postId" IN (?, ?)
  -- [10, 11]
SELECT "t0"."commentId" FROM "Vote" AS "t0" WHERE "t0"."commentId" IN (?, ?, ?) LIMIT ?
  -- [100, 101, 102, 1]
DELETE FROM "Comment" WHERE "Comment"."id" IN (?, ?, ?)
  -- [100, 101, 102]
DELETE FROM "Post" WHERE "Post"."id" IN (?, ?)
  -- [10, 11]
UPDATE "Comment" SET "userId" = ? WHERE "Comment"."userId" = ?
  -- [null, 1]
DELETE FROM "_TagToUser" WHERE "B" IN (?)
  -- [1]
DELETE FROM "User" WHERE "User"."id" = ?
  -- [1]
COMMIT
  -- []

-- {"modelName":"Comment","action":"deleteOne","query":{"arguments":{"where":{"id":200}},"selection":{"id":true}}}
BEGIN
  -- []
SELECT "t0"."id" FROM "Comment" AS "t0" WHERE "t0"."id" = ? ORDER BY "t0"."id" ASC LIMIT 1
  -- [200]
SELECT "t0"."id" FROM "Comment" AS "t0" WHERE "t0"."id" = ?
  -- [200]
SELECT "t0"."commentId" FROM "Vote" AS "t0" WHERE "t0"."commentId" = ? LIMIT ?
  -- [200, 1]
ROLLBACK
  -- []
-- P2014: The change you are trying to make would violate the required relation 'CommentToVote' between the `Vote` and `Comment` models.

-- {"modelName":"User","action":"updateOne","query":{"arguments":{"where":{"id":2},"data":{"id":5}},"selection":{"id":true}}}
BEGIN
  -- []
SELECT "t0"."id" FROM "User" AS "t0" WHERE "t0"."id" = ?
  -- [2]
UPDATE "Post" SET "authorId" = ? WHERE "Post"."authorId" = ?
  -- [5, 2]
UPDATE "Comment" SET "userId" = ? WHERE "Comment"."userId" = ?
  -- [5, 2]
UPDATE "Profile" SET "userId" = ? WHERE "Profile"."userId" = ?
  -- [5, 2]
UPDATE "_TagToUser" SET "B" = ? WHERE "B" IN (?)
  -- [5, 2]
UPDATE "User" SET "id" = ? WHERE "User"."id" = ? RETURNING "id"
  -- [5, 2]
COMMIT
  -- []

-- {"modelName":"User","action":"updateOne","query":{"arguments":{"where":{"id":1},"data":{"posts":{"deleteMany":[{"id":10}]}}},"selection":{"id":true}}}
BEGIN
  -- []
SELECT "t0"."id" FROM "User" AS "t0" WHERE "t0"."id" = ? ORDER BY "t0"."id" ASC LIMIT 1
  -- [1]
SELECT "t0"."id" FROM "Post" AS "t0" WHERE ("t0"."authorId" = ? AND "t0"."id" = ?)
  -- [1, 10]
SELECT "t0"."id" FROM "Comment" AS "t0" WHERE "t0"."postId" = ?
  -- [10]
SELECT "t0"."commentId" FROM "Vote" AS "t0" WHERE "t0"."commentId" IN (?, ?) LIMIT ?
  -- [100, 101, 1]
DELETE FROM "Comment" WHERE "Comment"."id" IN (?, ?)
  -- [100, 101]
DELETE FROM "Post" WHERE "Post"."id" = ?
  -- [10]
COMMIT
  -- []

-- {"modelName":"User","action":"updateOne","query":{"arguments":{"where":{"id":1},"data":{"profile":{"connect":{"id":1}}}},"selection":{"id":true}}}
BEGIN
  -- []
SELECT "t0"."id" FROM "User" AS "t0" WHERE "t0"."id" = ? ORDER BY "t0"."id" ASC LIMIT 1
  -- [1]
SELECT "t0"."id" FROM "Profile" AS "t0" WHERE ("t0"."userId" = ? AND (NOT ("t0"."id" = ?))) ORDER BY "t0"."id" ASC LIMIT 1
  -- [1, 1]
UPDATE "Profile" SET "userId" = ? WHERE "Profile"."id" = ?
  -- [1, 1]
COMMIT
  -- []

-- {"modelName":"User","action":"updateOne","query":{"arguments":{"where":{"id":1},"data":{"comments":{"set":[{"id":100}],"disconnect":[{"id":200}]}}},"selection":{"id":true}}}
BEGIN
  -- []
SELECT "t0"."id" FROM "User" AS "t0" WHERE "t0"."id" = ? ORDER BY "t0"."id" ASC LIMIT 1
  -- [1]
UPDATE "Comment" SET "userId" = ? WHERE ("Comment"."userId" = ? AND (NOT ("Comment"."id" = ?)))
  -- [null, 1, 100]
UPDATE "Comment" SET "userId" = ? WHERE "Comment"."id" = ?
  -- [1, 100]
UPDATE "Comment" SET "userId" = ? WHERE ("Comment"."userId" = ? AND "Comment"."id" = ?)
  -- [null, 1, 200]
COMMIT
  -- []

-- {"modelName":"User","action":"updateOne","query":{"arguments":{"where":{"id":2},"data":{"tags":{"set":[{"id":2}]}}},"selection":{"id":true}}}
BEGIN
  -- []
SELECT "t0"."id" FROM "User" AS "t0" WHERE "t0"."id" = ? ORDER BY "t0"."id" ASC LIMIT 1
  -- [2]
DELETE FROM "_TagToUser" WHERE "B" = ?
  -- [2]
SELECT "t0"."id" FROM "Tag" AS "t0" WHERE "t0"."id" = ?
  -- [2]
INSERT INTO "_TagToUser" ("B","A") VALUES (?,?) ON CONFLICT DO NOTHING
  -- [2, 2]
COMMIT
  -- []
