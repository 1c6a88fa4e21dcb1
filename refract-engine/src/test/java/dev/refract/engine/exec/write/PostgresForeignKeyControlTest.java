package dev.refract.engine.exec.write;

/** The foreign key control (no {@code relationMode = "prisma"}) on a real PostgreSQL database of its own. */
class PostgresForeignKeyControlTest extends ForeignKeyControlContract {
    @Override
    String provider() {
        return "postgresql";
    }
}
