package dev.refract.engine.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.engine.ir.Values;
import dev.refract.model.BuiltinType;
import dev.refract.model.NativeType;
import dev.refract.model.ScalarField;
import dev.refract.model.SchemaModel;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bytes of COPY's text format, value by value. (PostgresBulkInsertTest checks on a real
 * database that copied rows equal inserted ones.)
 */
class CopyTextTest {
    private static final Instant T = Instant.parse("2026-11-23T20:15:30.125Z");

    private static String encode(Object value, ScalarField field) {
        CopyText t = new PostgresDialect(SchemaModel.builder().build()).copyText();
        t.value(value, field);
        return new String(t.bytes(), 0, t.size(), StandardCharsets.UTF_8);
    }

    private static ScalarField field(BuiltinType type) {
        return ScalarField.builder("f", type).build();
    }

    private static ScalarField field(BuiltinType type, String nativeType) {
        return ScalarField.builder("f", type).nativeType(new NativeType(nativeType, List.of())).build();
    }

    @Test
    void textIsEscapedAndUtf8() {
        assertThat(encode("a\tb\nc\rd\\e", field(BuiltinType.STRING))).isEqualTo("a\\tb\\nc\\rd\\\\e");
        assertThat(encode("\\.", field(BuiltinType.STRING))).isEqualTo("\\\\.");
        assertThat(encode("é漢😀", field(BuiltinType.STRING))).isEqualTo("é漢😀");
        assertThat(encode(null, field(BuiltinType.STRING))).isEqualTo("\\N");
        assertThat(encode("", field(BuiltinType.STRING))).isEmpty();
    }

    @Test
    void scalarsAreWrittenAsPostgresqlReadsThem() {
        assertThat(encode(true, field(BuiltinType.BOOLEAN))).isEqualTo("t");
        assertThat(encode(false, field(BuiltinType.BOOLEAN))).isEqualTo("f");
        assertThat(encode(-7, field(BuiltinType.INT))).isEqualTo("-7");
        assertThat(encode(0, field(BuiltinType.INT))).isEqualTo("0");
        assertThat(encode(1000, field(BuiltinType.INT))).isEqualTo("1000");
        assertThat(encode(Integer.MIN_VALUE, field(BuiltinType.INT))).isEqualTo("-2147483648");
        assertThat(encode(Long.MAX_VALUE, field(BuiltinType.BIG_INT))).isEqualTo("9223372036854775807");
        assertThat(encode(Long.MIN_VALUE, field(BuiltinType.BIG_INT))).isEqualTo("-9223372036854775808");
        assertThat(encode(Double.NaN, field(BuiltinType.FLOAT))).isEqualTo("NaN");
        assertThat(encode(Double.POSITIVE_INFINITY, field(BuiltinType.FLOAT))).isEqualTo("Infinity");
        assertThat(encode(1e300, field(BuiltinType.FLOAT))).isEqualTo("1.0E300");
        assertThat(encode(new BigDecimal("1E+3"), field(BuiltinType.DECIMAL))).isEqualTo("1000");
        assertThat(encode(new byte[] {0, 15, (byte) 0xff}, field(BuiltinType.BYTES))).isEqualTo("\\\\x000fff");
        assertThat(encode(new Values.Json("{\"a\":\"x\\ty\"}"), field(BuiltinType.JSON)))
                .isEqualTo("{\"a\":\"x\\\\ty\"}");
    }

    @Test
    void dateTimesFollowTheNativeType() {
        assertThat(encode(T, field(BuiltinType.DATE_TIME))).isEqualTo("2026-11-23T20:15:30.125");
        assertThat(encode(T, field(BuiltinType.DATE_TIME, "Timestamptz"))).isEqualTo("2026-11-23T20:15:30.125Z");
        assertThat(encode(T, field(BuiltinType.DATE_TIME, "Date"))).isEqualTo("2026-11-23");
        assertThat(encode(T, field(BuiltinType.DATE_TIME, "Time"))).isEqualTo("20:15:30.125");
        assertThat(encode(T, field(BuiltinType.DATE_TIME, "Timetz"))).isEqualTo("20:15:30.125Z");
    }

    @Test
    void listsAndUnsupportedColumnsAreNotCopied() {
        assertThat(CopyText.copies(field(BuiltinType.STRING))).isTrue();
        assertThat(CopyText.copies(ScalarField.builder("f", BuiltinType.STRING).list().build())).isFalse();
    }
}
