-- Seed rows the snapshot's plan needs (portable SQL; true/false become 1/0 on SQLite).
-- Three posts titled 'whatever' (the WHERE) and one that is not.
INSERT INTO "User" ("id", "email", "role") VALUES (1, 'ada@prisma.io', 'user');
INSERT INTO "Post" ("id", "title", "userId") VALUES (1, 'whatever', 1), (2, 'whatever', 1), (3, 'whatever', 1), (4, 'keep', 1);
