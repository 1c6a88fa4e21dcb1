package dev.refract.engine.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.engine.differential.DifferentialCases;
import dev.refract.engine.error.QueryValidationException;
import dev.refract.engine.error.RefractException;
import dev.refract.model.SchemaModel;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.model.SchemaModels;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every document of the differential suite (captured from Prisma Client 7) reads into the IR on each
 * dialect it runs on, and where Prisma answered with a validation error (P2009/P2012), so does the
 * reader, with the same code and message.
 */
class DifferentialDocumentsTest {
    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "sqlite"})
    void everyDocumentReadsAsPrismaDoes(String dialect) {
        SchemaModel schema = SchemaModels.from(PrismaSchema.validate(
                DifferentialCases.read(DifferentialCases.schema(dialect)))).orElseThrow();
        List<String> problems = new ArrayList<>();
        for (DifferentialCases.Case c : DifferentialCases.forDialect(dialect)) {
            Object expected = c.expectedJson(dialect);
            String expectedCode = null;
            String expectedMessage = null;
            if (expected instanceof Map<?, ?> m && m.get("error") instanceof Map<?, ?> err) {
                String code = (String) err.get("code");
                if ("P2009".equals(code) || "P2012".equals(code)) {
                    expectedCode = code;
                    expectedMessage = (String) err.get("message");
                }
            }
            try {
                ProtocolReader.read(schema, c.documentText());
                if (expectedCode != null) {
                    problems.add(c.name() + ": read, but Prisma answered " + expectedCode + " " + expectedMessage);
                }
            } catch (QueryValidationException e) {
                if (expectedCode == null) {
                    problems.add(c.name() + ": " + e.code() + " " + e.getMessage());
                } else if (!expectedCode.equals(e.code()) || !expectedMessage.equals(e.getMessage())) {
                    problems.add(c.name() + ": " + e.code() + " " + e.getMessage() + "\n  Prisma: " + expectedCode
                            + " " + expectedMessage);
                }
            } catch (RefractException | IllegalStateException | ClassCastException | java.util.NoSuchElementException e) {
                problems.add(c.name() + ": " + e);
            }
        }
        assertThat(problems).as(dialect).isEmpty();
    }
}
