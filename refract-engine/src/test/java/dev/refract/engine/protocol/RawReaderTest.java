package dev.refract.engine.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.refract.engine.error.QueryValidationException;
import dev.refract.engine.ir.Action;
import dev.refract.engine.ir.RawQuery;
import dev.refract.engine.ir.Values;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** executeRaw and queryRaw read into {@link RawQuery}s with IR-typed parameters. */
class RawReaderTest {
    private static RawQuery raw(String action, String arguments) {
        return (RawQuery) ProtocolReader.read(RichSchema.SCHEMA,
                "{\"action\": \"" + action + "\", \"query\": {\"arguments\": " + arguments + ", \"selection\": {}}}");
    }

    @Test
    void parametersComeAsTheJsonTextOfAnArray() {
        RawQuery q = raw("queryRaw", "{\"query\": \"SELECT * FROM \\\"User\\\" WHERE id = $1\", \"parameters\": \"[1]\"}");
        assertThat(q.action()).isEqualTo(Action.QUERY_RAW);
        assertThat(q.model()).isNull();
        assertThat(q.sql()).isEqualTo("SELECT * FROM \"User\" WHERE id = $1");
        assertThat(q.parameters()).containsExactly(1);
        RawQuery none = raw("executeRaw", "{\"query\": \"DELETE FROM \\\"Post\\\"\"}");
        assertThat(none.action()).isEqualTo(Action.EXECUTE_RAW);
        assertThat(none.parameters()).isEmpty();
    }

    @Test
    void plainAndTypedValuesBecomeIrValues() {
        String params = "[\\\"s\\\", true, null, 2147483648, 1.5, [1, 2], {\\\"a\\\": 1},"
                + " {\\\"prisma__type\\\": \\\"bigint\\\", \\\"prisma__value\\\": \\\"9007199254740993\\\"},"
                + " {\\\"prisma__type\\\": \\\"date\\\", \\\"prisma__value\\\": \\\"2020-06-22T17:07:16.348Z\\\"},"
                + " {\\\"prisma__type\\\": \\\"decimal\\\", \\\"prisma__value\\\": \\\"1.10\\\"},"
                + " {\\\"prisma__type\\\": \\\"bytes\\\", \\\"prisma__value\\\": \\\"AQI=\\\"}]";
        RawQuery q = raw("executeRaw", "{\"query\": \"x\", \"parameters\": \"" + params + "\"}");
        List<Object> p = q.parameters();
        assertThat(p.subList(0, 10)).isEqualTo(Arrays.asList("s", true, null, 2147483648L, 1.5, List.of(1, 2),
                new Values.Json("{\"a\":1}"), 9007199254740993L, Instant.parse("2020-06-22T17:07:16.348Z"),
                new BigDecimal("1.10")));
        assertThat((byte[]) p.get(10)).containsExactly(1, 2);
    }

    @Test
    void anArrayIsAcceptedAsWell() {
        RawQuery q = raw("queryRaw", "{\"query\": \"x\", \"parameters\": [\"a\", 2]}");
        assertThat(q.parameters()).containsExactly("a", 2);
    }

    @Test
    void invalidRawDocuments() {
        QueryValidationException missing = catchThrowableOfType(() -> raw("executeRaw", "{\"parameters\": \"[]\"}"),
                QueryValidationException.class);
        assertThat(missing.code()).isEqualTo("P2012");
        assertThat(missing.getMessage()).isEqualTo("`query`: A value is required but not set");
        assertThat(missing.meta()).containsEntry("argumentPath", List.of("query"))
                .containsEntry("selectionPath", List.of("executeRaw"));
        QueryValidationException badType = catchThrowableOfType(() -> raw("queryRaw",
                "{\"query\": \"x\", \"parameters\": \"[{\\\"prisma__type\\\": \\\"date\\\", \\\"prisma__value\\\": \\\"no\\\"}]\"}"),
                QueryValidationException.class);
        assertThat(badType.code()).isEqualTo("P2009");
        assertThat(badType.getMessage()).isEqualTo("`no` is not a valid raw parameter of type `date`");
        QueryValidationException notArray = catchThrowableOfType(() -> raw("queryRaw",
                "{\"query\": \"x\", \"parameters\": \"{}\"}"), QueryValidationException.class);
        assertThat(notArray.code()).isEqualTo("P2009");
        assertThatThrownBy(() -> ProtocolReader.read(RichSchema.SCHEMA, "{\"modelName\": \"User\", \"action\": "
                + "\"queryRaw\", \"query\": {\"arguments\": {\"query\": \"x\"}, \"selection\": {}}}"))
                .isInstanceOf(ProtocolException.class)
                .hasMessage("Operation 'queryRaw' for model 'User' does not match any query.");
    }
}
