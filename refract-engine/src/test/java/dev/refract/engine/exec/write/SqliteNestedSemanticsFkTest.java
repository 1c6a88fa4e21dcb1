package dev.refract.engine.exec.write;

/** {@link NestedSemanticsContract} on Sqlite with foreign keys. */
class SqliteNestedSemanticsFkTest extends NestedSemanticsContract {
    @Override
    String provider() {
        return "sqlite";
    }

    @Override
    boolean emulated() {
        return false;
    }
}
