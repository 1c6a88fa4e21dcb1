package dev.refract.engine.exec.write;

/** {@link NestedSemanticsContract} on PostgreSQL with foreign keys. */
class PostgresNestedSemanticsFkTest extends NestedSemanticsContract {
    @Override
    String provider() {
        return "postgresql";
    }

    @Override
    boolean emulated() {
        return false;
    }
}
