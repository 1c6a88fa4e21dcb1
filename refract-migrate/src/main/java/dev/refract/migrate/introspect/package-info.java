/**
 * Introspection ({@code db pull}): a described {@link dev.refract.migrate.ddl.SqlSchema} printed as
 * a {@code schema.prisma} with Prisma's conventions, through refract-schema's formatter.
 */
package dev.refract.migrate.introspect;
