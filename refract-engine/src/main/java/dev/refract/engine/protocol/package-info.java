/**
 * Prisma's JSON protocol: {@link dev.refract.engine.protocol.ProtocolReader} validates a request
 * against a model of Prisma's query schema (input and output types named as Prisma names them, so
 * errors carry Prisma's messages, codes and meta) and reads it into the query IR.
 *
 * <p>Supported: every action: the reads (findUnique[OrThrow], findFirst[OrThrow], findMany, aggregate,
 * groupBy), the writes (createOne, createMany[AndReturn], updateOne, updateMany[AndReturn], upsertOne,
 * deleteOne, deleteMany) with scalar update operations, scalar list set/push, Json nulls and nested
 * writes on both sides of 1:1, 1:n and implicit m:n relations, and raw SQL (executeRaw, queryRaw);
 * selections ({@code $scalars}, {@code field: true}, relation shorthand, nested
 * {@code {arguments, selection}}, {@code field: false} omission in any key order, {@code _count} with
 * filtered relations); where (shorthand equality, equals/in/notIn/lt/lte/gt/gte,
 * contains/startsWith/endsWith/search, {@code mode}, {@code not} as value or nested filter,
 * AND/OR/NOT as object or list, scalar list filters, Json filters with {@code path} and
 * DbNull/JsonNull/AnyNull, relation filters some/every/none/is/isNot and the to-one shorthand,
 * field references); where-unique with compound ids and uniques (named or not); cursor, take
 * (negative too), skip, distinct, relationLoadStrategy; orderBy (object or list, {@code {sort, nulls}},
 * through to-one relations, {@code _count} of to-many relations, {@code _relevance}); aggregate's
 * {@code _count} (with {@code _all}), {@code _avg}, {@code _sum}, {@code _min}, {@code _max}; groupBy's
 * {@code by} (string or list), {@code having} with aggregate filters, orderBy on aggregates; the tagged
 * values DateTime, BigInt, Decimal, Bytes, Json, Raw, Enum, FieldRef.
 *
 * <p>Not supported: composite types
 * ({@code $composites} is accepted and selects nothing: they exist only on MongoDB), {@code $type: Param}
 * placeholders, {@code mode: insensitive} on Json filters. Full-text search ({@code search},
 * {@code _relevance}) is offered on PostgreSQL and MySQL without checking the preview feature.
 */
package dev.refract.engine.protocol;
