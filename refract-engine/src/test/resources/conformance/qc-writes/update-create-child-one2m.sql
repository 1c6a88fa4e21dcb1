-- Seed rows the snapshot's plan needs (portable SQL; true/false become 1/0 on SQLite).
-- Employee 1, the where.
INSERT INTO "Employee" ("id", "managerId") VALUES (1, NULL);
