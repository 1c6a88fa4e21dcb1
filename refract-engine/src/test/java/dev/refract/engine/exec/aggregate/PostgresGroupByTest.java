package dev.refract.engine.exec.aggregate;

/** groupBy on a real PostgreSQL database of its own. */
class PostgresGroupByTest extends GroupByExecutionContract {
    @Override
    String provider() {
        return "postgresql";
    }

    @Override
    String decimalSumOfGroupA() {
        return "3.300000000000000000000000000000";
    }
}
