package dev.refract.engine.exec.write;

/** {@link NestedSemanticsContract} on Sqlite with relationMode = "prisma". */
class SqliteNestedSemanticsTest extends NestedSemanticsContract {
    @Override
    String provider() {
        return "sqlite";
    }

    @Override
    boolean emulated() {
        return true;
    }
}
