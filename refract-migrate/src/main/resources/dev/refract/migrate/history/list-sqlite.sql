-- Every row of the history, oldest first, as Prisma lists it (by started_at). The search path's
-- first schema holds the table, as Prisma's unqualified name resolves it.
SELECT id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count
FROM _prisma_migrations
ORDER BY started_at ASC
