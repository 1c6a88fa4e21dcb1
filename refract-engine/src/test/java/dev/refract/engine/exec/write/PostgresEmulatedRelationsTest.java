package dev.refract.engine.exec.write;

/** {@code relationMode = "prisma"} on an application schema, on a real PostgreSQL database of its own. */
class PostgresEmulatedRelationsTest extends EmulatedRelationsContract {
    @Override
    String provider() {
        return "postgresql";
    }
}
