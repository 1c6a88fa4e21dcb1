/**
 * The describer: reads a live PostgreSQL or SQLite database into the same
 * {@link dev.refract.migrate.ddl.SqlSchema} the calculator derives from a schema, so the two
 * compare directly (the differ's input) and introspection can print it as a {@code schema.prisma}.
 * Catalog queries live in {@code .sql} resources beside these classes.
 */
package dev.refract.migrate.describe;
