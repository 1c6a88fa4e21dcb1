package dev.refract.engine.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Combinators;

/** Writing then parsing gives back the value, compact or pretty; parsing never fails other than with JsonException. */
class JsonPropertiesTest {
    @Property(tries = 500, seed = "20261123")
    void roundTripsCompact(@ForAll("values") Object value) {
        assertThat(Json.parse(Json.write(value))).isEqualTo(value);
    }

    @Property(tries = 500, seed = "20261124")
    void roundTripsPretty(@ForAll("values") Object value) {
        String pretty = Json.writePretty(value);
        assertThat(Json.parse(pretty)).isEqualTo(value);
        assertThat(Json.write(Json.parse(pretty))).isEqualTo(Json.write(value));
    }

    @Property(tries = 300, seed = "20261125")
    void doublesRoundTripThroughJavaScriptFormat(@ForAll double d) {
        if (Double.isFinite(d)) {
            BigDecimal parsed = (BigDecimal) Json.parse(Json.write(d));
            assertThat(parsed.doubleValue()).isEqualTo(d == 0 ? 0.0 : d);
        }
    }

    @Property(tries = 1000, seed = "20261126")
    void garbageFailsOnlyWithJsonException(@ForAll("values") Object value, @ForAll int cut, @ForAll char junk) {
        String text = Json.write(value);
        int at = Math.floorMod(cut, text.length() + 1);
        for (String broken : List.of(text.substring(0, at), text.substring(0, at) + junk + text.substring(at))) {
            try {
                Json.parse(broken);
            } catch (JsonException expected) {
                assertThat(expected.position()).isBetween(0, broken.length());
            }
        }
    }

    @Provide
    Arbitrary<Object> values() {
        return value(4);
    }

    private Arbitrary<Object> value(int depth) {
        Arbitrary<Object> leaf = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(12).map(s -> (Object) s),
                Arbitraries.bigDecimals().ofScale(3).map(b -> (Object) b),
                Arbitraries.longs().map(l -> (Object) BigDecimal.valueOf(l)),
                Arbitraries.of(true, false).map(b -> (Object) b),
                Arbitraries.just(null));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<Object> list = value(depth - 1).list().ofMaxSize(4).map(l -> (Object) new ArrayList<>(l));
        Arbitrary<Object> map = Combinators.combine(
                        Arbitraries.strings().all().ofMaxLength(6).list().ofMaxSize(4),
                        value(depth - 1).list().ofSize(4))
                .as((keys, vals) -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    for (int i = 0; i < keys.size(); i++) {
                        m.put(keys.get(i), vals.get(i));
                    }
                    return (Object) m;
                });
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, leaf), net.jqwik.api.Tuple.of(1, list), net.jqwik.api.Tuple.of(1, map));
    }
}
