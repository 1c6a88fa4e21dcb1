-- Seed rows the snapshot's plan needs (portable SQL; true/false become 1/0 on SQLite).
-- Post 1 (the where; MISSING_RECORD otherwise) and one that stays.
INSERT INTO "User" ("id", "email", "role") VALUES (1, 'ada@prisma.io', 'user');
INSERT INTO "Post" ("id", "title", "userId") VALUES (1, 'first', 1), (2, 'second', 1);
