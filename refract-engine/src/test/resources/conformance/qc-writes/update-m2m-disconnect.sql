-- Seed rows the snapshot's plan needs (portable SQL; true/false become 1/0 on SQLite).
-- Post 1 (the where) linked to categories 1 (the disconnect target) and 2 (which stays).
INSERT INTO "User" ("id", "email", "role") VALUES (1, 'ada@prisma.io', 'user');
INSERT INTO "Post" ("id", "title", "userId") VALUES (1, 'first', 1);
INSERT INTO "Category" ("id", "name") VALUES (1, 'news'), (2, 'tech');
INSERT INTO "_CategoryToPost" ("A", "B") VALUES (1, 1), (2, 1);
