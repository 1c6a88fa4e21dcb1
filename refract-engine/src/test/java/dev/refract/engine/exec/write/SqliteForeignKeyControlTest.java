package dev.refract.engine.exec.write;

/** The foreign key control (no {@code relationMode = "prisma"}) on a fresh SQLite file. */
class SqliteForeignKeyControlTest extends ForeignKeyControlContract {
    @Override
    String provider() {
        return "sqlite";
    }
}
