/**
 * The Refract Maven plugin: {@link dev.refract.maven.GenerateMojo} ({@code refract:generate})
 * validates the Prisma schema, writes the typed Java client during {@code generate-sources}, adds
 * it as a source root, and skips the work while the schema, the options and the generator are
 * unchanged ({@link dev.refract.maven.Fingerprint}, {@link dev.refract.maven.GenerationState}).
 */
package dev.refract.maven;
