package dev.refract.schema.dmmf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.schema.conformance.JsonTree;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonWriterTest {
    @Test
    void printsLikePrismasEngines() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("name", "User");
        doc.put("dbName", null);
        doc.put("empty", List.of());
        doc.put("emptyObject", Map.of());
        doc.put("flags", List.of(true, false));
        doc.put("nested", Map.of("n", 42L));
        assertThat(JsonWriter.write(doc)).isEqualTo("""
                {
                  "name": "User",
                  "dbName": null,
                  "empty": [],
                  "emptyObject": {},
                  "flags": [
                    true,
                    false
                  ],
                  "nested": {
                    "n": 42
                  }
                }""");
    }

    @Test
    void escapesOnlyWhatJsonRequires() {
        assertThat(JsonWriter.write("a\"b\\c\nd\u0001é/")).isEqualTo("\"a\\\"b\\\\c\\nd\\u0001é/\"");
    }

    @Test
    void writesDoublesInShortestForm() {
        assertThat(JsonWriter.number(1.0)).isEqualTo("1.0");
        assertThat(JsonWriter.number(1.5)).isEqualTo("1.5");
        assertThat(JsonWriter.number(-0.25)).isEqualTo("-0.25");
        assertThat(JsonWriter.number(0.0001)).isEqualTo("0.0001");
        assertThat(JsonWriter.number(0.00001)).isEqualTo("0.00001");
        assertThat(JsonWriter.number(0.000001)).isEqualTo("1e-6");
        assertThat(JsonWriter.number(1e16)).isEqualTo("1e16");
        assertThat(JsonWriter.number(1234567890123456.0)).isEqualTo("1234567890123456.0");
        assertThat(JsonWriter.number(1.5e-7)).isEqualTo("1.5e-7");
        assertThat(JsonWriter.number(new BigDecimal("3.14"))).isEqualTo("3.14");
        assertThat(JsonWriter.number(7)).isEqualTo("7");
    }

    @Test
    void roundTripsThroughTheTestReader() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("s", "x\"y\u0002");
        doc.put("list", new ArrayList<>(Arrays.asList(1L, 2.5, null, "z")));
        Object back = JsonTree.parse(JsonWriter.write(doc));
        Object expected = JsonTree.parse("{\"list\": [1.0, 2.50, null, \"z\"], \"s\": \"x\\\"y\\u0002\"}");
        assertThat(JsonTree.firstDifference(expected, back)).isNull();
        assertThat(JsonTree.firstDifference(expected, JsonTree.parse("{\"list\": [1, 2.5, null, \"q\"], \"s\": \"\"}")))
                .isEqualTo("$.list[3]: expected \"z\", got \"q\"");
    }
}
