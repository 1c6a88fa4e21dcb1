-- Seed rows the snapshot's plan needs (portable SQL; true/false become 1/0 on SQLite).
-- The user of the where.
INSERT INTO "User" ("id", "email", "role") VALUES (1, 'user.1737556028164@prisma.io', 'user');
