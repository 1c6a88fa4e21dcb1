package dev.refract.engine.result;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.engine.ir.Values;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClientJsonTest {
    @Test
    void decimalsPrintAsDecimalJs() {
        assertThat(ClientJson.decimal(new BigDecimal("250.00"))).isEqualTo("250");
        assertThat(ClientJson.decimal(new BigDecimal("12.50"))).isEqualTo("12.5");
        assertThat(ClientJson.decimal(new BigDecimal("-0.000"))).isEqualTo("0");
        assertThat(ClientJson.decimal(new BigDecimal("0.0000001"))).isEqualTo("1e-7");
        assertThat(ClientJson.decimal(new BigDecimal("0.000001"))).isEqualTo("0.000001");
        assertThat(ClientJson.decimal(new BigDecimal("123456789012345678901"))).isEqualTo("123456789012345678901");
        assertThat(ClientJson.decimal(new BigDecimal("1000000000000000000000"))).isEqualTo("1e+21");
        assertThat(ClientJson.decimal(new BigDecimal("-1.5E+22"))).isEqualTo("-1.5e+22");
    }

    @Test
    void floatsPrintAsJavaScriptNumbers() {
        assertThat(ClientJson.jsNumber(100.0)).isEqualTo("100");
        assertThat(ClientJson.jsNumber(0.5)).isEqualTo("0.5");
        assertThat(ClientJson.jsNumber(-2.25)).isEqualTo("-2.25");
        assertThat(ClientJson.jsNumber(1e21)).isEqualTo("1e+21");
        assertThat(ClientJson.jsNumber(1.5e-7)).isEqualTo("1.5e-7");
        assertThat(ClientJson.jsNumber(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(ClientJson.jsNumber(1.100000023841858)).isEqualTo("1.100000023841858");
    }

    @Test
    void recordsPrintInSelectionOrderWithPrismasConventions() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", 1);
        row.put("big", 9007199254740993L);
        row.put("at", Instant.parse("2024-01-02T03:04:05Z"));
        row.put("bytes", new byte[] {1, 2, 3});
        row.put("json", new Values.Json("{\"a\": [1, 2], \"b\": \"x y\"}"));
        row.put("jsonNull", new Values.Json("null"));
        row.put("none", null);
        row.put("text", "quote \" back \\ nl \n ctl \u0001");
        row.put("list", List.of(true, false));
        assertThat(ClientJson.write(row)).isEqualTo("{\"id\":1,\"big\":\"9007199254740993\","
                + "\"at\":\"2024-01-02T03:04:05.000Z\",\"bytes\":\"AQID\",\"json\":{\"a\":[1,2],\"b\":\"x y\"},"
                + "\"jsonNull\":null,\"none\":null,\"text\":\"quote \\\" back \\\\ nl \\n ctl \\u0001\","
                + "\"list\":[true,false]}");
    }
}
