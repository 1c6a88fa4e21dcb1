package dev.refract.engine.exec.raw;

/** {@link InjectionContract} on PostgreSQL. */
class PostgresInjectionTest extends InjectionContract {
    @Override
    protected String provider() {
        return "postgresql";
    }
}
