/**
 * Seeding: the seed command found in the project's configuration ({@link dev.refract.migrate.seed.SeedConfig})
 * and run as Prisma runs it ({@link dev.refract.migrate.seed.Seeder}), for {@code db seed},
 * {@code migrate dev} and {@code migrate reset}.
 */
package dev.refract.migrate.seed;
