/**
 * Prisma's destructive change checker: before a migration or {@code db push} runs, the rows of a
 * live database are counted to turn the differ's {@link dev.refract.migrate.ddl.DestructiveChange}s
 * into warnings (data would be lost) and unexecutable steps (the step cannot run on these rows),
 * with Prisma's wording.
 */
package dev.refract.migrate.check;
