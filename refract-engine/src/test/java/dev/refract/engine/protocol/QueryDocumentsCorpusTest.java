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
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The query compiler's documents ({@code query-compiler/query-compiler/tests/data/*.json}, valid
 * requests against the one schema there): every one, read or write or raw, reads into the IR of
 * its action and model (none for raw SQL).
 */
class QueryDocumentsCorpusTest {
    @Test
    void everyDocumentReadsIntoTheIrOfItsActionAndModel() throws IOException {
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
        int read = 0;
        for (Path doc : docs) {
            Map<String, Object> document = Json.parseObject(Files.readString(doc));
            try {
                Query q = ProtocolReader.read(schema, document);
                read++;
                String model = q.model() == null ? null : q.model().name();
                if (!Objects.equals(model, document.get("modelName"))
                        || !q.action().protocolName().equals(document.get("action"))) {
                    problems.add(doc.getFileName() + ": read as " + q.action() + " of " + model);
                }
            } catch (RuntimeException e) {
                problems.add(doc.getFileName() + ": " + e);
            }
        }
        assertThat(problems).isEmpty();
        assertThat(read).isEqualTo(52);
    }
}
