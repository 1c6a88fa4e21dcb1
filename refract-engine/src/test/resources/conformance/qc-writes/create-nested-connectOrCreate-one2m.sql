-- Seed rows the snapshot's plan needs (portable SQL; true/false become 1/0 on SQLite).
-- User 1 is the connect target (MISSING_RELATED_RECORD otherwise); category 10 exists, so the
-- categories connectOrCreate takes its then branch (connect) and its create is not used.
INSERT INTO "User" ("id", "email", "role") VALUES (1, 'ada@prisma.io', 'user');
INSERT INTO "Category" ("id", "name") VALUES (10, 'Existing');
