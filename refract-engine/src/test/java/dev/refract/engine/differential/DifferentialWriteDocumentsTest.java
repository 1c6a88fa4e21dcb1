package dev.refract.engine.differential;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.engine.error.QueryValidationException;
import dev.refract.engine.error.RefractException;
import dev.refract.engine.protocol.ProtocolReader;
import dev.refract.model.SchemaModel;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.model.SchemaModels;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every document of the differential write suite (captured from Prisma Client 7) reads into the IR
 * on each dialect it runs on, and where Prisma answered with a validation error (P2009/P2012), so
 * does the reader, with the same code and message. Reading only: {@link DifferentialWriteTest} runs them.
 */
class DifferentialWriteDocumentsTest {
    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "sqlite"})
    void everyWriteDocumentReadsAsPrismaDoes(String dialect) {
        SchemaModel schema = SchemaModels.from(PrismaSchema.validate(
                DifferentialCases.read(DifferentialCases.schema(dialect)))).orElseThrow();
        List<String> problems = new ArrayList<>();
        int documents = 0;
        for (WriteCases.Case c : WriteCases.forDialect(dialect)) {
            List<?> answers = c.expected(dialect).map(e -> (List<?>) ((Map<?, ?>) e).get("answers")).orElse(List.of());
            for (int i = 0; i < c.steps().size(); i++) {
                String step = c.name() + "[" + i + "]";
                Object answer = i < answers.size() ? answers.get(i) : null;
                String expectedCode = null;
                String expectedMessage = null;
                if (answer instanceof Map<?, ?> m && m.get("error") instanceof Map<?, ?> err
                        && ("P2009".equals(err.get("code")) || "P2012".equals(err.get("code")))) {
                    expectedCode = (String) err.get("code");
                    expectedMessage = (String) err.get("message");
                }
                documents++;
                try {
                    ProtocolReader.read(schema, c.steps().get(i));
                    if (expectedCode != null) {
                        problems.add(step + ": read, but Prisma answered " + expectedCode + " " + expectedMessage);
                    }
                } catch (QueryValidationException e) {
                    if (expectedCode == null) {
                        problems.add(step + ": " + e.code() + " " + e.getMessage());
                    } else if (!expectedCode.equals(e.code()) || !expectedMessage.equals(e.getMessage())) {
                        problems.add(step + ": " + e.code() + " " + e.getMessage() + "\n  Prisma: " + expectedCode
                                + " " + expectedMessage);
                    }
                } catch (RefractException | IllegalStateException | ClassCastException e) {
                    problems.add(step + ": " + e);
                }
            }
        }
        assertThat(documents).isPositive();
        assertThat(problems).as(dialect).isEmpty();
    }
}
