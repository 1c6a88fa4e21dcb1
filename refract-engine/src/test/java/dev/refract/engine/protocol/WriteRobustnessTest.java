package dev.refract.engine.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.engine.error.QueryValidationException;
import dev.refract.engine.json.Json;
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
 * Mutated write and raw documents (a value replaced by one of another JSON type, a key dropped or
 * renamed): the reader answers with the IR, a {@link QueryValidationException} or a
 * {@link ProtocolException}, never with another exception.
 */
class WriteRobustnessTest {
    private static final List<String> DOCUMENTS = List.of(
            doc("User", "createOne", "{'arguments': {'data': {'email': 'e', 'tags': {'set': ['a']}, 'profile': "
                    + "{'$type': 'Enum', 'value': 'DbNull'}, 'posts': {'create': [{'id': 1, 'title': 't'}], "
                    + "'connectOrCreate': {'where': {'id': 2}, 'create': {'id': 2, 'title': 'u'}}, "
                    + "'createMany': {'data': [{'id': 3, 'title': 'v'}], 'skipDuplicates': true}, 'connect': [{'id': 4}]}, "
                    + "'bio': {'create': {'id': 1, 'text': 'x'}}}}, 'selection': {'$scalars': true, 'posts': true}}"),
            doc("User", "updateOne", "{'arguments': {'where': {'id': 1, 'name': {'not': null}}, 'data': {'name': "
                    + "{'set': 'n'}, 'big': {'increment': 1}, 'tags': {'push': ['a']}, 'posts': {'set': [{'id': 1}], "
                    + "'disconnect': {'id': 2}, 'delete': [{'id': 3}], 'update': {'where': {'id': 4}, 'data': {'likes': "
                    + "{'multiply': 2}}}, 'updateMany': {'where': {'likes': {'gt': 1}}, 'data': {'title': 'x'}}, "
                    + "'upsert': {'where': {'id': 5}, 'update': {}, 'create': {'id': 5, 'title': 't'}}, 'deleteMany': {}}, "
                    + "'bio': {'upsert': {'create': {'id': 2, 'text': 't'}, 'update': {'text': 'u'}}, 'disconnect': true}}}, "
                    + "'selection': {'id': true}}"),
            doc("Post", "updateOne", "{'arguments': {'where': {'id': 1}, 'data': {'author': {'update': {'where': "
                    + "{'name': 'a'}, 'data': {'name': 'b'}}, 'delete': {'email': 'e'}}}}, 'selection': {'id': true}}"),
            doc("Bio", "upsertOne", "{'arguments': {'where': {'userId': 1}, 'create': {'id': 1, 'text': 't', 'user': "
                    + "{'connect': {'id': 1}}}, 'update': {'user': {'update': {'name': 'n'}}}}, 'selection': {'user': true}}"),
            doc("Post", "createMany", "{'arguments': {'data': [{'id': 1, 'title': 't', 'authorId': 1}]}, "
                    + "'selection': {'count': true}}"),
            doc("Post", "createManyAndReturn", "{'arguments': {'data': {'id': 1, 'title': 't'}}, "
                    + "'selection': {'$scalars': true, 'author': true}}"),
            doc("Post", "updateManyAndReturn", "{'arguments': {'where': {'title': 'x'}, 'data': {'likes': "
                    + "{'decrement': 1}}, 'limit': 3}, 'selection': {'id': true}}"),
            doc("Post", "deleteMany", "{'arguments': {'where': {'published': true}, 'limit': 1}, 'selection': {'count': true}}"),
            doc("Membership", "deleteOne", "{'arguments': {'where': {'codeSlot': {'code': 'c', 'slot': 1}}}, "
                    + "'selection': {'code': true}}"),
            "{'action': 'queryRaw', 'query': {'arguments': {'query': 'SELECT $1', 'parameters': "
                    + "'[1, {\\\"prisma__type\\\": \\\"bigint\\\", \\\"prisma__value\\\": \\\"2\\\"}]'}, 'selection': {}}}");
    private static final List<Object> REPLACEMENTS = List.of("x", new BigDecimal("1"), new BigDecimal("1.5"),
            new BigDecimal("1e30"), true, false, new ArrayList<>(), new LinkedHashMap<>(),
            Map.of("$type", "DateTime", "value", "x"), Map.of("$type", "Enum", "value", "JsonNull"),
            Map.of("$type", "Json", "value", "{"), Map.of("$type", "BigInt", "value", "5"), "[{\"prisma__type\": 1}]",
            "[{\"prisma__type\": \"date\", \"prisma__value\": 3}]");

    private static String doc(String model, String action, String query) {
        return "{'modelName': '" + model + "', 'action': '" + action + "', 'query': " + query + "}";
    }

    @Property(tries = 3000, seed = "20261123")
    void mutatedWriteDocumentsFailOnlyWithRefractErrors(@ForAll @IntRange(min = 0, max = 100_000) int docIndex,
                                                        @ForAll long mutationSeed) {
        Random random = new Random(mutationSeed);
        Object doc = Json.parse(DOCUMENTS.get(docIndex % DOCUMENTS.size()).replace('\'', '"'));
        int mutations = 1 + random.nextInt(3);
        for (int i = 0; i < mutations; i++) {
            doc = mutate(doc, random, 0);
        }
        String text = Json.write(doc);
        try {
            assertThat(ProtocolReader.read(RichSchema.SCHEMA, text)).isNotNull();
        } catch (QueryValidationException | ProtocolException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        } catch (RuntimeException e) {
            throw new AssertionError("crashed on " + text, e);
        }
    }

    @Property(tries = 10)
    void theUnmutatedDocumentsRead(@ForAll @IntRange(min = 0, max = 9) int docIndex) {
        assertThat(ProtocolReader.read(RichSchema.SCHEMA, DOCUMENTS.get(docIndex).replace('\'', '"'))).isNotNull();
    }

    /** Replaces, drops or renames one node somewhere in the tree. */
    @SuppressWarnings("unchecked")
    private static Object mutate(Object node, Random random, int depth) {
        if (node instanceof Map<?, ?> m && !m.isEmpty() && (depth == 0 || random.nextInt(4) > 0)) {
            Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) m);
            List<String> keys = new ArrayList<>(copy.keySet());
            String key = keys.get(random.nextInt(keys.size()));
            switch (random.nextInt(5)) {
                case 0:
                    copy.remove(key);
                    break;
                case 1:
                    copy.put(key + "x", copy.remove(key));
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
