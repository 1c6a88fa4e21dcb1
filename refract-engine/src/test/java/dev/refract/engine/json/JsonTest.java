package dev.refract.engine.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refract.engine.ir.Values;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    void parsesEveryValueType() {
        Object v = Json.parse(" {\"a\": [1, -2.50, 3e2, true, false, null, \"x\"], \"b\": {}} ");
        assertThat(v).isInstanceOf(LinkedHashMap.class);
        @SuppressWarnings("unchecked") Map<String, Object> m = (Map<String, Object>) v;
        assertThat(m.keySet()).containsExactly("a", "b");
        @SuppressWarnings("unchecked") List<Object> a = (List<Object>) m.get("a");
        assertThat(a).isInstanceOf(ArrayList.class);
        assertThat(a).containsExactly(new BigDecimal("1"), new BigDecimal("-2.50"), new BigDecimal("3e2"),
                true, false, null, "x");
        assertThat(m.get("b")).isEqualTo(Map.of());
    }

    @Test
    void keepsExactDigits() {
        assertThat(Json.parse("12345678901234567890123")).isEqualTo(new BigDecimal("12345678901234567890123"));
        assertThat(Json.parse("0.1000")).isEqualTo(new BigDecimal("0.1000"));
        assertThat(Json.write(Json.parse("1.50"))).isEqualTo("1.50");
        assertThat(Json.write(Json.parse("-0"))).isEqualTo("0");
    }

    @Test
    void keepsKeyOrderAndLastDuplicate() {
        Map<String, Object> m = Json.parseObject("{\"z\":1,\"a\":2,\"z\":3}");
        assertThat(m.keySet()).containsExactly("z", "a");
        assertThat(m.get("z")).isEqualTo(new BigDecimal("3"));
    }

    @Test
    void decodesEscapes() {
        assertThat(Json.parse("\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\\u00e9\\ud83d\\ude00\""))
                .isEqualTo("a\"b\\c/d\b\f\n\r\té😀");
    }

    @Test
    void reportsPositions() {
        assertError("", "unexpected end of input, expected a value", 0);
        assertError("{\"a\" 1}", "expected ':', found '1'", 5);
        assertError("[1,]", "unexpected ']', expected a value", 3);
        assertError("[1 2]", "expected ',' or ']', found '2'", 3);
        assertError("{\"a\":1,}", "expected a string key, found '}'", 7);
        assertError("01", "leading zero in number", 1);
        assertError("1.", "expected a digit after the decimal point, found end of input", 2);
        assertError("1e", "expected a digit in the exponent, found end of input", 2);
        assertError("\"abc", "unterminated string starting at offset 0", 4);
        assertError("\"a\\x\"", "invalid escape '\\x' in string", 3);
        assertError("\"\\u12g4\"", "invalid hex digit 'g' in \\u escape", 5);
        assertError("\"a\nb\"", "unescaped control character U+000A in string", 2);
        assertError("tru", "unexpected 't', expected a value", 0);
        assertError("1 2", "unexpected '2' after the JSON value", 2);
        assertError("NaN", "unexpected 'N', expected a value", 0);
        assertError("1e999999999999", "number out of range (exponent too large)", 0);
        assertError("[".repeat(1001), "nesting deeper than 1000 levels", 1000);
    }

    @Test
    void reportsLineAndColumn() {
        assertThatThrownBy(() -> Json.parse("{\n  \"a\": ?\n}"))
                .isInstanceOf(JsonException.class)
                .hasMessage("unexpected '?', expected a value at line 2, column 8 (offset 9)")
                .satisfies(e -> {
                    JsonException j = (JsonException) e;
                    assertThat(j.line()).isEqualTo(2);
                    assertThat(j.column()).isEqualTo(8);
                    assertThat(j.position()).isEqualTo(9);
                });
    }

    @Test
    void parseObjectRefusesOtherValues() {
        assertThatThrownBy(() -> Json.parseObject("[]")).isInstanceOf(JsonException.class)
                .hasMessageStartingWith("expected a JSON object, found array");
    }

    @Test
    void writesCompactAndPretty() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("a", List.of(1, 2L));
        m.put("b", Map.of());
        m.put("c", List.of());
        m.put("d", null);
        m.put("e", new Object[] {"x", true});
        assertThat(Json.write(m)).isEqualTo("{\"a\":[1,2],\"b\":{},\"c\":[],\"d\":null,\"e\":[\"x\",true]}");
        assertThat(Json.writePretty(m)).isEqualTo(String.join("\n",
                "{",
                "  \"a\": [",
                "    1,",
                "    2",
                "  ],",
                "  \"b\": {},",
                "  \"c\": [],",
                "  \"d\": null,",
                "  \"e\": [",
                "    \"x\",",
                "    true",
                "  ]",
                "}"));
    }

    @Test
    void escapesStringsAsJavaScriptDoes() {
        assertThat(Json.write("q\"b\\n\n\t\u0001\u001f\u007f é😀")).isEqualTo("\"q\\\"b\\\\n\\n\\t\\u0001\\u001f\u007f é😀\"");
        assertThat(Json.write("\ud800x\udc00")).isEqualTo("\"\\ud800x\\udc00\"");
        assertThat(Json.write("/</script>")).isEqualTo("\"/</script>\"");
    }

    @Test
    void writesDoublesAsJavaScriptDoes() {
        assertThat(Json.write(1.0)).isEqualTo("1");
        assertThat(Json.write(-0.0)).isEqualTo("0");
        assertThat(Json.write(1.5)).isEqualTo("1.5");
        assertThat(Json.write(1e10)).isEqualTo("10000000000");
        assertThat(Json.write(1e21)).isEqualTo("1e+21");
        assertThat(Json.write(1.5e300)).isEqualTo("1.5e+300");
        assertThat(Json.write(0.000001)).isEqualTo("0.000001");
        assertThat(Json.write(1e-7)).isEqualTo("1e-7");
        assertThat(Json.write(-123.456)).isEqualTo("-123.456");
        assertThat(Json.write(0.1f)).isEqualTo("0.1");
        assertThatThrownBy(() -> Json.write(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writesRawJsonValues() {
        assertThat(Json.write(Arrays.asList(new Values.Json("{\"a\": 1}"), 'c')))
                .isEqualTo("[{\"a\": 1},\"c\"]");
        assertThatThrownBy(() -> Json.write(new Object())).isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertError(String text, String reason, int position) {
        assertThatThrownBy(() -> Json.parse(text))
                .isInstanceOf(JsonException.class)
                .hasMessageStartingWith(reason + " at line")
                .satisfies(e -> assertThat(((JsonException) e).position()).isEqualTo(position));
    }
}
