/**
 * Migration safety lint (beyond Prisma): reads PostgreSQL migration scripts and flags the
 * operations that lock or rewrite big tables in production, each with the expand-and-contract
 * steps that avoid it.
 */
package dev.refract.migrate.lint;
