/**
 * The DDL that creates a schema from an empty database, as Prisma Migrate writes a first migration.
 * Entry point: {@link dev.refract.migrate.ddl.CreateSchema}. {@code SqlSchemaCalculator} turns the
 * model into tables, keys and indexes once; one class per database ({@code PostgresDdl},
 * {@code SqliteDdl}) writes the statements.
 */
package dev.refract.migrate.ddl;
