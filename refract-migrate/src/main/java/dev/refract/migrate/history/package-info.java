/**
 * Prisma Migrate's migration history, in Prisma's own formats: the migrations folder
 * ({@code <timestamp>_<name>/migration.sql} plus {@code migration_lock.toml}), the sha256
 * checksums of the scripts, and the {@code _prisma_migrations} table with its rows.
 */
package dev.refract.migrate.history;
