package dev.refract.engine.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.engine.differential.DifferentialCases;
import dev.refract.engine.error.QueryValidationException;
import dev.refract.engine.json.Json;
import dev.refract.model.SchemaModel;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.model.SchemaModels;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Mutated protocol documents (a value replaced by one of another JSON type, a key dropped or
 * renamed, an object emptied), starting from the differential suite's documents: the reader
 * answers with the IR, a {@link QueryValidationException} or a {@link ProtocolException}, never
 * with another exception.
 */
class ReaderRobustnessTest {
    private static final SchemaModel SCHEMA = SchemaModels.from(PrismaSchema.validate(
            DifferentialCases.read(DifferentialCases.schema("postgresql")))).orElseThrow();
    private static final List<String> DOCUMENTS =
            DifferentialCases.forDialect("postgresql").stream().map(DifferentialCases.Case::documentText).toList();
    private static final List<Object> REPLACEMENTS = List.of("x", new BigDecimal("1"), new BigDecimal("1.5"),
            new BigDecimal("1e30"), true, new ArrayList<>(), new LinkedHashMap<>(), Map.of("$type", "DateTime", "value", "x"),
            Map.of("$type", "Enum", "value", "asc"), Map.of("$type", "Json", "value", "{"), Map.of("$type", "Nope"));

    @Property(tries = 3000, seed = "20261123")
    void mutatedDocumentsFailOnlyWithRefractErrors(@ForAll @IntRange(min = 0, max = 100_000) int docIndex,
                                                   @ForAll long mutationSeed) {
        Random random = new Random(mutationSeed);
        Object doc = Json.parse(DOCUMENTS.get(docIndex % DOCUMENTS.size()));
        int mutations = 1 + random.nextInt(3);
        for (int i = 0; i < mutations; i++) {
            doc = mutate(doc, random, 0);
        }
        String text = Json.write(doc);
        try {
            assertThat(ProtocolReader.read(SCHEMA, text)).isNotNull();
        } catch (QueryValidationException | ProtocolException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        } catch (RuntimeException e) {
            throw new AssertionError("crashed on " + text, e);
        }
    }

    /** Replaces, drops or renames one node somewhere in the tree. */
    @SuppressWarnings("unchecked")
    private static Object mutate(Object node, Random random, int depth) {
        if (node instanceof Map<?, ?> m && !m.isEmpty() && (depth == 0 || random.nextInt(3) > 0)) {
            Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) m);
            List<String> keys = new ArrayList<>(copy.keySet());
            String key = keys.get(random.nextInt(keys.size()));
            switch (random.nextInt(4)) {
                case 0:
                    copy.remove(key);
                    break;
                case 1:
                    Object v = copy.remove(key);
                    copy.put(key + "x", v);
                    break;
                default:
                    copy.put(key, mutate(copy.get(key), random, depth + 1));
                    break;
            }
            return copy;
        }
        if (node instanceof List<?> l && !l.isEmpty() && random.nextBoolean()) {
            List<Object> copy = new ArrayList<>(l);
            int i = random.nextInt(copy.size());
            copy.set(i, mutate(copy.get(i), random, depth + 1));
            return copy;
        }
        if (random.nextInt(5) == 0) {
            return null;
        }
        return REPLACEMENTS.get(random.nextInt(REPLACEMENTS.size()));
    }
}
