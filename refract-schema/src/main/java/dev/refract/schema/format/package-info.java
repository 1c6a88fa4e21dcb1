/**
 * The schema formatter: {@code prisma format}, byte for byte, as of the Prisma commit of the
 * conformance corpus. {@link dev.refract.schema.format.Formatter} is the entry point.
 *
 * <p>How it works: each file is parsed into the concrete syntax tree
 * ({@link dev.refract.schema.parser.PslParser}), in which comments, blank lines and unparsed lines
 * are nodes; {@code SchemaPrinter} walks the top level, {@code Blocks} the inside of blocks, laying
 * lines out in {@code Table}s whose columns align. Before that, for a schema without errors,
 * {@code RelationCompletion} inserts what relations miss, using the parser database.
 *
 * <p>Output uses {@code \n} line endings; unparsed lines are kept verbatim with their own line
 * ending, as Prisma does (later Prisma versions keep the file's line ending throughout).
 *
 * <p>Deliberate differences from Prisma, all where Prisma would lose text or is not idempotent:
 * <ul>
 *   <li>text after the opening brace on a block's first line is kept (Prisma drops it);</li>
 *   <li>{@code key =} without a value keeps its {@code =};</li>
 *   <li>whatever follows a block's closing brace on its line is moved down with a blank line
 *       before it at once, rather than on the second formatting;</li>
 *   <li>a blank line after block attributes at the start of a block is dropped at once, rather
 *       than on the second formatting;</li>
 *   <li>fields added to a named relation carry its name, so that both sides pair up;</li>
 *   <li>missing arguments of {@code @relation()} go inside its parentheses.</li>
 * </ul>
 */
package dev.refract.schema.format;
