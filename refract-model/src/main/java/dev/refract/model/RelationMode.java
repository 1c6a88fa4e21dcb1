package dev.refract.model;

/** Who enforces relations: the database with foreign keys, or Prisma itself (emulated). */
public enum RelationMode {
    FOREIGN_KEYS, PRISMA
}
