package dev.refract.engine.exec.write;

/** Nested writes in updates on a fresh SQLite file. */
class SqliteNestedUpdateTest extends NestedUpdateContract {
    @Override
    String provider() {
        return "sqlite";
    }
}
