package dev.refract.engine.exec.write;

/** Nested writes on a fresh SQLite file. */
class SqliteNestedWriteTest extends NestedWriteContract {
    @Override
    String provider() {
        return "sqlite";
    }
}
