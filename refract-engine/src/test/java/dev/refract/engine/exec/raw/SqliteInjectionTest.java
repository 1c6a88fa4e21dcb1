package dev.refract.engine.exec.raw;

/** {@link InjectionContract} on Sqlite. */
class SqliteInjectionTest extends InjectionContract {
    @Override
    protected String provider() {
        return "sqlite";
    }
}
