package dev.refract.engine.exec.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.engine.ir.Aggregate.Function;
import dev.refract.engine.ir.ReadArgs;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** aggregate on a real SQLite file. */
class SqliteAggregateTest extends AggregateExecutionContract {
    @Override
    String provider() {
        return "sqlite";
    }

    /** Decimal sums: doubles in their shortest form, as Prisma gives them. */
    @Test
    void decimalSumHasTheDialectsScale() {
        Object sum = obj(run(ReadArgs.NONE, agg(Function.SUM, "d")), "_sum").get("d");
        assertThat(sum).isEqualTo(new BigDecimal("16.6"));
        assertThat(((BigDecimal) sum).scale()).isEqualTo(1);
    }
}
