package dev.refract.engine.exec.aggregate;

/** groupBy on a real SQLite file. */
class SqliteGroupByTest extends GroupByExecutionContract {
    @Override
    String provider() {
        return "sqlite";
    }

    @Override
    String decimalSumOfGroupA() {
        return "3.3000000000000003";
    }
}
