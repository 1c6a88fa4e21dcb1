package dev.refract.engine.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.engine.ir.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Reads per second of a typical document (filters, orderBy, a nested relation); run with -Drefract.perf=true. */
@EnabledIfSystemProperty(named = "refract.perf", matches = "true")
class ReaderThroughputTest {
    @Test
    void typicalDocument() {
        String doc = ("{'modelName': 'User', 'action': 'findMany', 'query': {'arguments': {'where': {'email': "
                + "{'contains': 'a', 'mode': 'insensitive'}, 'posts': {'some': {'published': true}}, 'OR': [{'id': {'gt': 5}}, "
                + "{'name': null}]}, 'orderBy': [{'createdAt': 'desc'}, {'id': 'asc'}], 'take': 20, 'skip': 10}, "
                + "'selection': {'$composites': true, '$scalars': true, 'posts': {'arguments': {'where': {'likes': "
                + "{'gte': 1}}, 'take': 3}, 'selection': {'$scalars': true}}, '_count': {'arguments': {}, "
                + "'selection': {'posts': true}}}}}").replace('\'', '"');
        ProtocolReader reader = ProtocolReader.forSchema(RichSchema.SCHEMA);
        Query last = null;
        for (int i = 0; i < 20_000; i++) {
            last = reader.read(doc);
        }
        int n = 100_000;
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            last = reader.read(doc);
        }
        double micros = (System.nanoTime() - start) / 1e3 / n;
        System.out.printf("ProtocolReader: %.1f µs per read of a %d-character document%n", micros, doc.length());
        assertThat(last).isNotNull();
    }
}
