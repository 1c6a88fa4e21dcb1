package dev.refract.engine.exec.write;

/** Nested writes in updates on a real PostgreSQL database of their own. */
class PostgresNestedUpdateTest extends NestedUpdateContract {
    @Override
    String provider() {
        return "postgresql";
    }
}
