-- Seed rows the snapshot's plan needs (portable SQL; true/false become 1/0 on SQLite).
-- Patient 1 (the where), its user, and the user's notification settings (MISSING_RELATED_RECORD
-- otherwise), holding the opposite of what the update writes.
INSERT INTO "User" ("id", "email", "role") VALUES (1, 'ada@prisma.io', 'user');
INSERT INTO "Patient" ("id", "userId") VALUES (1, 1);
INSERT INTO "NotificationSettings" ("userId", "emailMarketing", "smsMarketing") VALUES (1, false, true);
