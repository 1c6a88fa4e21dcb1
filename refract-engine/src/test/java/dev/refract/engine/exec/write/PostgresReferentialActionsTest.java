package dev.refract.engine.exec.write;

/** The referential actions of {@code relationMode = "prisma"} on a real PostgreSQL database of their own. */
class PostgresReferentialActionsTest extends ReferentialActionsContract {
    @Override
    String provider() {
        return "postgresql";
    }
}
