package dev.refract.engine.protocol;

import static dev.refract.engine.protocol.RichSchema.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.refract.engine.error.QueryValidationException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Validation errors beyond Prisma's corpus, following the same rules: unions, enums, constraints, required values. */
class ValidationErrorsTest {
    private static QueryValidationException fail(String model, String action, String query) {
        return catchThrowableOfType(() -> read(model, action, query), QueryValidationException.class);
    }

    @Test
    void unknownKeyInsideAFilterIsAUnionWithTheShorthand() {
        QueryValidationException e = fail("User", "findMany", "{'arguments': {'where': {'id': {'foo': 1}}}, 'selection': {'id': true}}");
        assertThat(e.code()).isEqualTo("P2009");
        assertThat(e.getMessage()).isEqualTo("Unable to match input value to any allowed input type for the field. "
                + "Parse errors: [`findManyUser.where.id.foo`: Field does not exist in enclosing type., Invalid argument "
                + "type. `id` should be of any of the following types: `Int`]");
        assertThat(e.meta().get("kind")).isEqualTo("Union");
    }

    @Test
    void invalidEnumValue() {
        QueryValidationException e = fail("User", "findMany", "{'arguments': {'orderBy': {'id': 'up'}}, 'selection': {'id': true}}");
        assertThat(e.getMessage()).isEqualTo("Unable to match input value to any allowed input type for the field. "
                + "Parse errors: [Invalid argument type. `orderBy` should be of any of the following types: "
                + "`UserOrderByWithRelationInput[]`, Invalid argument agument value. `up` is not a valid `SortOrder`]");
        @SuppressWarnings("unchecked")
        Map<String, Object> second = ((List<Map<String, Object>>) e.meta().get("errors")).get(1);
        assertThat(second).containsEntry("kind", "InvalidArgumentValue").containsEntry("argumentPath", List.of("orderBy", "id"))
                .containsEntry("underlyingError", null);
    }

    @Test
    void listFiltersTakeExactlyOneCondition() {
        QueryValidationException e = fail("User", "findMany",
                "{'arguments': {'where': {'tags': {'has': 'a', 'isEmpty': true}}}, 'selection': {'id': true}}");
        assertThat(e.getMessage()).isEqualTo("Too many fields given: Expected exactly one field to be present, got 2.");
        assertThat(e.meta()).containsEntry("kind", "TooManyFieldsGiven").containsEntry("argumentPath", List.of("where", "tags"));
    }

    @Test
    void anOrderByObjectNamesOneKey() {
        QueryValidationException e = fail("User", "findMany",
                "{'arguments': {'orderBy': [{'id': 'asc', 'email': 'desc'}]}, 'selection': {'id': true}}");
        assertThat(e.getMessage()).contains("[Too many fields given: Expected at most 1 fields to be present, got 2., ");
        QueryValidationException agg = fail("Post", "groupBy",
                "{'arguments': {'by': 'id', 'orderBy': {'_count': {'id': 'asc', 'likes': 'asc'}}}, 'selection': {'id': true}}");
        assertThat(agg.getMessage()).contains("Too many fields given: Expected exactly one field to be present, got 2.");
    }

    @Test
    void booleanFiltersAreBoolFilters() {
        QueryValidationException e = fail("Post", "findMany", "{'arguments': {'where': {'published': 'x'}}, 'selection': {'id': true}}");
        assertThat(e.getMessage()).isEqualTo("Unable to match input value to any allowed input type for the field. "
                + "Parse errors: [Invalid argument type. `published` should be of any of the following types: `BoolFilter`, "
                + "Invalid argument type. `published` should be of any of the following types: `Boolean`]");
    }

    @Test
    void missingByIsP2012() {
        QueryValidationException e = fail("Post", "groupBy", "{'selection': {'published': true}}");
        assertThat(e.code()).isEqualTo("P2012");
        assertThat(e.getMessage()).isEqualTo("`by`: A value is required but not set");
    }

    @Test
    void wrongScalarTypeNamesTheInferredType() {
        QueryValidationException e = fail("User", "findMany", "{'arguments': {'take': 'x'}, 'selection': {'id': true}}");
        assertThat(e.getMessage()).isEqualTo("Invalid argument type. `take` should be of any of the following types: `Int`");
        assertThat(e.meta()).containsEntry("inferredType", "String").containsEntry("selectionPath", List.of("findManyUser"));
    }

    @Test
    void invalidDateTimeString() {
        QueryValidationException e = fail("User", "findMany", "{'arguments': {'where': {'createdAt': '2024-13-01'}}, 'selection': {'id': true}}");
        assertThat(e.getMessage()).isEqualTo("Unable to match input value to any allowed input type for the field. "
                + "Parse errors: [Invalid argument type. `createdAt` should be of any of the following types: "
                + "`DateTimeFilter`, Invalid argument agument value. `2024-13-01` is not a valid `ISO-8601 DateTime`. "
                + "Underlying error: premature end of input]");
    }

    @Test
    void unknownRelationInCount() {
        QueryValidationException e = fail("User", "findMany", "{'selection': {'_count': {'selection': {'nope': true}}}}");
        assertThat(e.getMessage()).isEqualTo("Field 'nope' not found in enclosing type 'UserCountOutputType'");
        assertThat(e.meta().get("selectionPath")).isEqualTo(List.of("findManyUser", "_count", "nope"));
    }

    @Test
    void uuidColumnsGetUuidFilters() {
        var schema = dev.refract.schema.model.SchemaModels.from(dev.refract.schema.PrismaSchema.validate("""
                datasource db {
                  provider = "postgresql"
                }
                model T {
                  id String @id @db.Uuid
                }
                """)).orElseThrow();
        QueryValidationException e = catchThrowableOfType(() -> ProtocolReader.read(schema,
                "{\"modelName\": \"T\", \"action\": \"findMany\", \"query\": {\"arguments\": {\"where\": "
                        + "{\"id\": {\"contains\": \"a\"}}}, \"selection\": {\"id\": true}}}"),
                QueryValidationException.class);
        assertThat(e.getMessage()).startsWith("Unable to match input value to any allowed input type for the field. "
                + "Parse errors: [`findManyT.where.id.contains`: Field does not exist in enclosing type.");
        @SuppressWarnings("unchecked")
        Map<String, Object> first = ((List<Map<String, Object>>) e.meta().get("errors")).get(0);
        assertThat(((Map<?, ?>) first.get("inputType")).get("name")).isEqualTo("UuidFilter");
    }
}
