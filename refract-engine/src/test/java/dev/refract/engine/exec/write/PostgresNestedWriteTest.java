package dev.refract.engine.exec.write;

/** Nested writes on a real PostgreSQL database of their own. */
class PostgresNestedWriteTest extends NestedWriteContract {
    @Override
    String provider() {
        return "postgresql";
    }
}
