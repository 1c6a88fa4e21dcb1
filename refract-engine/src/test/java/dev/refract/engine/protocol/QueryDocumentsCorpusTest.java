package dev.refract.engine.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.refract.engine.ir.Query;
import dev.refract.engine.json.Json;
import dev.refract.model.SchemaModel;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.model.SchemaModels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The query compiler's documents ({@code query-compiler/query-compiler/tests/data/*.json}, valid
 * requests against the one schema there): every read reads into the IR of its action and model;
 * every write or raw request is refused with a {@link ProtocolException}, never a crash.
 */
class QueryDocumentsCorpusTest {
    private static final Set<String> READS =
            Set.of("findUnique", "findUniqueOrThrow", "findFirst", "findFirstOrThrow", "findMany", "aggregate", "groupBy");

    @Test
    void readsReadAndWritesAreRefused() throws IOException {
        Path dir = ValidationConformanceTest.corpus().getParent().getParent().getParent().getParent()
                .resolve("query-compiler/query-compiler/tests/data");
        assumeTrue(Files.isDirectory(dir), "query compiler corpus not found at " + dir);
        SchemaModel schema = SchemaModels.from(PrismaSchema.validate(Files.readString(dir.resolve("schema.prisma"))))
                .orElseThrow();
        List<Path> docs;
        try (Stream<Path> s = Files.list(dir)) {
            docs = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        List<String> problems = new ArrayList<>();
        int reads = 0;
        for (Path doc : docs) {
            Map<String, Object> document = Json.parseObject(Files.readString(doc));
            String action = (String) document.get("action");
            try {
                Query q = ProtocolReader.read(schema, document);
                reads++;
                if (!READS.contains(action) || !q.model().name().equals(document.get("modelName"))
                        || !q.action().protocolName().equals(action)) {
                    problems.add(doc.getFileName() + ": read as " + q.action() + " of " + q.model().name());
                }
            } catch (ProtocolException e) {
                if (READS.contains(action)) {
                    problems.add(doc.getFileName() + ": " + e.getMessage());
                }
            } catch (RuntimeException e) {
                problems.add(doc.getFileName() + ": " + e);
            }
        }
        assertThat(problems).isEmpty();
        assertThat(reads).isEqualTo(27);
    }
}
