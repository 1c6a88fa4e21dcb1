-- Seed rows the snapshot's plan needs (portable SQL; true/false become 1/0 on SQLite).
-- user.1@prisma.io exists, so the plan's INSERT ... ON CONFLICT (email) takes its DO UPDATE branch.
INSERT INTO "User" ("id", "email", "role") VALUES (1, 'user.1@prisma.io', 'user');
