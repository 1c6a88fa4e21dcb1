package dev.refract.engine.exec.write;

/** The write contract on a fresh SQLite file. */
class SqliteWriteTest extends WriteExecutionContract {
    @Override
    String provider() {
        return "sqlite";
    }
}
