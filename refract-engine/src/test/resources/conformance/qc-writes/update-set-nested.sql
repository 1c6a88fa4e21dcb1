-- Seed rows the snapshot's plan needs (portable SQL; true/false become 1/0 on SQLite).
-- The user of the where already owns post 11; post 12 (also in the set) and 13 (not) belong to
-- another user. The user owns no post outside the set, which Post.userId (required) could not
-- release: the plan's RELATION_VIOLATION check.
INSERT INTO "User" ("id", "email", "role") VALUES (1, 'user.1737556028164@prisma.io', 'user'), (2, 'other@example.com', 'user');
INSERT INTO "Post" ("id", "title", "userId") VALUES (11, 'p11', 1), (12, 'p12', 2), (13, 'p13', 2);
