-- Seed rows the snapshot's plan needs (portable SQL; true/false become 1/0 on SQLite).
-- The user of the where, and post 11 (the connect target) owned by another user.
INSERT INTO "User" ("id", "email", "role") VALUES (1, 'user.1737556028164@prisma.io', 'user'), (2, 'other@example.com', 'user');
INSERT INTO "Post" ("id", "title", "userId") VALUES (11, 'p11', 2);
