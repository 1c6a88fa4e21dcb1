package dev.refract.engine.exec.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.engine.ir.Aggregate.Function;
import dev.refract.engine.ir.ReadArgs;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** aggregate on a real PostgreSQL database of its own. */
class PostgresAggregateTest extends AggregateExecutionContract {
    @Override
    String provider() {
        return "postgresql";
    }

    /** Decimal sums: numeric(65,30) keeps the column's scale, as findMany reads it. */
    @Test
    void decimalSumHasTheDialectsScale() {
        Object sum = obj(run(ReadArgs.NONE, agg(Function.SUM, "d")), "_sum").get("d");
        assertThat(sum).isEqualTo(new BigDecimal("16.600000000000000000000000000000"));
        assertThat(((BigDecimal) sum).scale()).isEqualTo(30);
    }
}
