/**
 * The parser database: a schema's names, field types, attributes and relations, resolved once
 * after parsing, in Prisma's order (names, types, attributes, relations), with Prisma's messages.
 *
 * <p>Entry point: {@link dev.refract.schema.db.ParserDatabase#build}. Read it through walkers named
 * after Prisma's:
 * <ul>
 *   <li>{@link dev.refract.schema.db.ModelWalker} (models and views): fields, scalar and relation
 *       fields, {@code primaryKey()}, {@code indexes()}, {@code uniqueCriterias()}, {@code @@map},
 *       {@code @@schema}, {@code @@ignore}, {@code relationsFrom()/relationsTo()};</li>
 *   <li>{@link dev.refract.schema.db.ScalarFieldWalker}: resolved {@link dev.refract.schema.db.ScalarFieldType},
 *       {@code @map}, {@code @default} ({@link dev.refract.schema.db.DefaultValueWalker}), the raw
 *       native type ({@link dev.refract.schema.db.NativeTypeAttribute}), {@code @updatedAt}, {@code @ignore};</li>
 *   <li>{@link dev.refract.schema.db.RelationFieldWalker}: {@code fields:}, {@code references:},
 *       referential actions with spans, relation name, {@code map:}, its
 *       {@link dev.refract.schema.db.RelationWalker} and opposite field;</li>
 *   <li>{@link dev.refract.schema.db.RelationWalker} / {@link dev.refract.schema.db.InlineRelationWalker}:
 *       kind (1:1, 1:n, implicit m:n, embedded m:n), model A / B, both sides;</li>
 *   <li>{@link dev.refract.schema.db.IndexWalker}, {@link dev.refract.schema.db.PrimaryKeyWalker},
 *       {@link dev.refract.schema.db.IndexFieldWalker}: fields (with composite paths), sort, length,
 *       operator class, algorithm, clustered, name, map;</li>
 *   <li>{@link dev.refract.schema.db.EnumWalker}, {@link dev.refract.schema.db.CompositeTypeWalker}
 *       and their value / field walkers.</li>
 * </ul>
 * Lookups: {@code findModel}, {@code findEnum}, {@code findCompositeType}, then
 * {@code findField}/{@code findScalarField}/{@code findRelationField} on a model.
 */
package dev.refract.schema.db;
