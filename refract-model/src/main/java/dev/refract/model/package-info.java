/**
 * The schema model: an immutable description of a validated Prisma schema, as the query engine,
 * the client generator and migrate read it at run time. It has no dependencies; a generated
 * client builds one in code with the builders ({@link dev.refract.model.SchemaModel#builder()},
 * {@link dev.refract.model.Model#builder(String)}, {@link dev.refract.model.ScalarField#builder},
 * {@link dev.refract.model.RelationField#builder}) or the record constructors, so the schema
 * parser never ships to production.
 *
 * <p>Conventions: optional properties are {@code null} when not written in the schema (a
 * {@code dbName} of null means "same as the name"; the {@code databaseName()} methods resolve
 * it); lists are never null and are immutable copies. Names of things refer to other things by
 * name (a relation field names its related model), and {@link dev.refract.model.SchemaModel}
 * resolves them: lookups by name and the {@link dev.refract.model.Relation}s pairing relation fields.
 */
package dev.refract.model;
