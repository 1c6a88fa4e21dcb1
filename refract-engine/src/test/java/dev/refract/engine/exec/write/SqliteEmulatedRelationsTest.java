package dev.refract.engine.exec.write;

/** {@code relationMode = "prisma"} on an application schema, on a fresh SQLite file. */
class SqliteEmulatedRelationsTest extends EmulatedRelationsContract {
    @Override
    String provider() {
        return "sqlite";
    }
}
