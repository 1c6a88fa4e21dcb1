package dev.refract.engine.exec.write;

/** The referential actions of {@code relationMode = "prisma"} on a fresh SQLite file. */
class SqliteReferentialActionsTest extends ReferentialActionsContract {
    @Override
    String provider() {
        return "sqlite";
    }
}
