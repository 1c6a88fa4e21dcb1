-- Seed rows the snapshot's plan needs (portable SQL; true/false become 1/0 on SQLite).
-- john@example.com exists (the user connectOrCreate takes its then branch, connect); category 10
-- does not (the categories connectOrCreate takes its else branch, create).
INSERT INTO "User" ("id", "email", "role") VALUES (1, 'john@example.com', 'user');
