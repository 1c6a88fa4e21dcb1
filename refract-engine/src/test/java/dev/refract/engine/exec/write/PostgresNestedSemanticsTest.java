package dev.refract.engine.exec.write;

/** {@link NestedSemanticsContract} on PostgreSQL with relationMode = "prisma". */
class PostgresNestedSemanticsTest extends NestedSemanticsContract {
    @Override
    String provider() {
        return "postgresql";
    }

    @Override
    boolean emulated() {
        return true;
    }
}
