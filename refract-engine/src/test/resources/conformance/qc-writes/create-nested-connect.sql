-- Seed rows the snapshot's plan needs (portable SQL; true/false become 1/0 on SQLite).
-- The connect targets, posts 8, 9 and 10 (affectedRowCountEq 3), owned by another user.
INSERT INTO "User" ("id", "email", "role") VALUES (1, 'owner@example.com', 'user');
INSERT INTO "Post" ("id", "title", "userId") VALUES (8, 'p8', 1), (9, 'p9', 1), (10, 'p10', 1);
