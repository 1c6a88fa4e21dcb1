-- Rows for the query-compiler corpus schema (query-compiler/tests/data/schema.prisma), so that every
-- read document of the corpus returns data to check against its snapshot's result shape. Portable
-- SQL for PostgreSQL and SQLite; DateTime values are written by the test per dialect.
INSERT INTO "User" ("id", "email", "role") VALUES (1, 'ada@prisma.io', 'user'), (2, 'bob@prisma.io', 'admin'), (3, 'cy@example.com', 'user');
INSERT INTO "Employee" ("id", "managerId") VALUES (1, NULL), (2, 1), (3, 1), (4, 2);
INSERT INTO "Post" ("id", "title", "userId") VALUES (1, 'something new', 1), (2, 'something old', 1), (3, 'other', 2), (4, 'other', 2), (5, 'something else', 3);
INSERT INTO "Category" ("id", "name") VALUES (1, 'news'), (2, 'tech');
INSERT INTO "_CategoryToPost" ("A", "B") VALUES (1, 1), (2, 1), (2, 3);
INSERT INTO "ParentModelWithCompositeId" ("a", "b") VALUES (1, 1), (1, 2);
INSERT INTO "ChildOfModelWithCompositeId" ("id", "parentA", "parentB") VALUES (1, 1, 1), (2, 1, 2);
INSERT INTO "Item" ("id", "db_float", "db_int") VALUES ('i1', 1.5, 1), ('i2', 2.5, 2), ('i3', 2.5, 3);
INSERT INTO "Patient" ("id", "userId") VALUES (1, 1);
INSERT INTO "NotificationSettings" ("userId", "emailMarketing", "smsMarketing") VALUES (1, true, false);
