/**
 * Applying migrations to a live database: {@code migrate deploy}, {@code migrate resolve},
 * {@code migrate status}'s diagnosis and {@code db execute}, under an advisory lock, with the
 * {@code _prisma_migrations} history kept as Prisma keeps it.
 */
package dev.refract.migrate.apply;
