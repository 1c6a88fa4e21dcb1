-- Seed rows the snapshot's plan needs (portable SQL; true/false become 1/0 on SQLite).
-- Employee 1 (the where) and 2, 3 (the connect targets; affectedRowCountEq 2), none managed yet.
INSERT INTO "Employee" ("id", "managerId") VALUES (1, NULL), (2, NULL), (3, NULL);
