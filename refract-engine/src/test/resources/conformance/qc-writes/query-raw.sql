-- Seed rows the snapshot's plan needs (portable SQL; true/false become 1/0 on SQLite).
-- User 1, the row the query asks for.
INSERT INTO "User" ("id", "email", "role") VALUES (1, 'ada@prisma.io', 'user');
