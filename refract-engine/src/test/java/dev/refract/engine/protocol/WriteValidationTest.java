package dev.refract.engine.protocol;

import static dev.refract.engine.protocol.RichSchema.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.refract.engine.error.QueryValidationException;
import dev.refract.model.SchemaModel;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.model.SchemaModels;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Invalid write documents fail with Prisma's P2009/P2012, its messages, type names and argument paths. */
class WriteValidationTest {
    private static QueryValidationException fail(String model, String action, String query) {
        return catchThrowableOfType(() -> read(model, action, query), QueryValidationException.class);
    }

    private static SchemaModel on(String provider) {
        return SchemaModels.from(PrismaSchema.validate(RichSchema.TEXT.replace("\"postgresql\"", "\"" + provider + "\"")
                .replace("tags      String[]", ""))).orElseThrow(); // no scalar lists off PostgreSQL
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> unionErrors(QueryValidationException e) {
        assertThat(e.meta()).containsEntry("kind", "Union");
        return (List<Map<String, Object>>) e.meta().get("errors");
    }

    @SuppressWarnings("unchecked")
    private static String inputTypeName(Map<String, Object> meta) {
        return (String) ((Map<String, Object>) meta.get("inputType")).get("name");
    }

    @Test
    void requiredArgumentsComeInPrismasOrder() {
        QueryValidationException e = fail("User", "updateOne", "{'selection': {'id': true}}");
        assertThat(e.code()).isEqualTo("P2012");
        assertThat(e.getMessage()).isEqualTo("`data`: A value is required but not set");
        assertThat(e.meta()).containsEntry("argumentPath", List.of("data"))
                .containsEntry("selectionPath", List.of("updateOneUser"));
        QueryValidationException where = fail("User", "upsertOne", "{'arguments': {'create': {'email': 'e'}}, "
                + "'selection': {'id': true}}");
        assertThat(where.getMessage()).isEqualTo("`where`: A value is required but not set");
        QueryValidationException create = fail("User", "upsertOne", "{'arguments': {'where': {'id': 1}}, "
                + "'selection': {'id': true}}");
        assertThat(create.meta()).containsEntry("argumentPath", List.of("create"))
                .containsEntry("selectionPath", List.of("upsertOneUser"));
        QueryValidationException many = fail("Post", "updateMany", "{'selection': {'count': true}}");
        assertThat(many.meta()).containsEntry("selectionPath", List.of("updateManyPost"));
    }

    @Test
    void fieldUpdateOperationsTakeExactlyOneOperation() {
        QueryValidationException e = fail("Post", "updateOne",
                "{'arguments': {'where': {'id': 1}, 'data': {'likes': {'increment': 1, 'decrement': 2}}}, 'selection': {'id': true}}");
        assertThat(e.code()).isEqualTo("P2009");
        List<Map<String, Object>> checked = unionErrors(e);
        // PostUpdateInput, then PostUncheckedUpdateInput: each fails on likes, itself a union of Int and the operations.
        List<Map<String, Object>> likes = unionErrors(new QueryValidationException("P2009", "", checked.get(0)));
        assertThat(likes.get(0)).containsEntry("kind", "InvalidArgumentType")
                .containsEntry("argumentPath", List.of("data", "likes"));
        assertThat(likes.get(1)).containsEntry("kind", "TooManyFieldsGiven")
                .containsEntry("argumentPath", List.of("data", "likes"));
        assertThat(inputTypeName(likes.get(1))).isEqualTo("IntFieldUpdateOperationsInput");
    }

    @Test
    void nestedOperationsDependOnTheRelationSide() {
        QueryValidationException e = fail("Bio", "updateOne",
                "{'arguments': {'where': {'id': 1}, 'data': {'user': {'disconnect': true}}}, 'selection': {'id': true}}");
        List<Map<String, Object>> errors = unionErrors(e);
        assertThat(errors.get(0)).containsEntry("kind", "UnknownInputField")
                .containsEntry("argumentPath", List.of("data", "user", "disconnect"));
        assertThat(inputTypeName(errors.get(0))).isEqualTo("UserUpdateOneRequiredWithoutBioNestedInput");
        assertThat(errors.get(1)).containsEntry("kind", "UnknownInputField")
                .containsEntry("argumentPath", List.of("data", "user"));
        assertThat(inputTypeName(errors.get(1))).isEqualTo("BioUncheckedUpdateInput");

        QueryValidationException setOnOne = fail("Post", "updateOne",
                "{'arguments': {'where': {'id': 1}, 'data': {'author': {'set': [{'id': 1}]}}}, 'selection': {'id': true}}");
        assertThat(inputTypeName(unionErrors(setOnOne).get(0))).isEqualTo("UserUpdateOneWithoutPostsNestedInput");
        QueryValidationException createMany = fail("User", "updateOne",
                "{'arguments': {'where': {'id': 1}, 'data': {'posts': {'createMany': {}}}}, 'selection': {'id': true}}");
        Map<String, Object> missing = unionErrors(createMany).get(0);
        assertThat(missing).containsEntry("kind", "RequiredArgumentMissing")
                .containsEntry("argumentPath", List.of("data", "posts", "createMany", "data"));
    }

    @Test
    void checkedInputsTakeRelationsAndUncheckedOnesForeignKeys() {
        QueryValidationException e = fail("Post", "updateOne", "{'arguments': {'where': {'id': 1}, "
                + "'data': {'authorId': 2, 'author': {'connect': {'id': 1}}}}, 'selection': {'id': true}}");
        List<Map<String, Object>> errors = unionErrors(e);
        assertThat(errors.get(0)).containsEntry("kind", "UnknownInputField")
                .containsEntry("argumentPath", List.of("data", "authorId"));
        assertThat(inputTypeName(errors.get(0))).isEqualTo("PostUpdateInput");
        assertThat(errors.get(1)).containsEntry("argumentPath", List.of("data", "author"));
        assertThat(inputTypeName(errors.get(1))).isEqualTo("PostUncheckedUpdateInput");
        // An autoincremented id is only in the unchecked input, which takes it.
        assertThat(read("User", "updateOne", "{'arguments': {'where': {'id': 1}, 'data': {'id': 2}}, "
                + "'selection': {'id': true}}")).isNotNull();
    }

    @Test
    void skipDuplicatesAndTheAndReturnActionsFollowTheConnector() {
        SchemaModel sqlite = on("sqlite");
        String doc = "{\"modelName\": \"Post\", \"action\": \"createMany\", \"query\": {\"arguments\": {\"data\": "
                + "[{\"id\": 1, \"title\": \"t\"}], \"skipDuplicates\": true}, \"selection\": {\"count\": true}}}";
        QueryValidationException e = catchThrowableOfType(() -> ProtocolReader.read(sqlite, doc),
                QueryValidationException.class);
        assertThat(e.meta()).containsEntry("kind", "UnknownArgument").containsEntry("argumentPath", List.of("skipDuplicates"))
                .containsEntry("selectionPath", List.of("createManyPost"));
        assertThat(ProtocolReader.read(sqlite, doc.replace(", \"skipDuplicates\": true", ""))).isNotNull();
        assertThat(ProtocolReader.read(sqlite, doc.replace(", \"skipDuplicates\": true", "")
                .replace("createMany\"", "createManyAndReturn\"").replace("count", "id"))).isNotNull();
        SchemaModel mysql = on("mysql");
        assertThatThrownBy(() -> ProtocolReader.read(mysql, doc.replace("createMany\"", "updateManyAndReturn\"")))
                .isInstanceOf(ProtocolException.class)
                .hasMessage("Operation 'updateManyAndReturn' for model 'Post' does not match any query.");
    }

    @Test
    void modelsWithARequiredUnsupportedFieldCannotBeCreated() {
        SchemaModel schema = SchemaModels.from(PrismaSchema.validate("""
                datasource db {
                  provider = "postgresql"
                }
                model Shape {
                  id   Int                     @id
                  area Unsupported("circle")
                  name String
                }
                """)).orElseThrow();
        String doc = "{\"modelName\": \"Shape\", \"action\": \"ACTION\", \"query\": {\"arguments\": ARGS, "
                + "\"selection\": {\"count\": true}}}";
        for (String action : List.of("createOne", "createMany", "createManyAndReturn", "upsertOne")) {
            assertThatThrownBy(() -> ProtocolReader.read(schema, doc.replace("ACTION", action).replace("ARGS", "{}")))
                    .isInstanceOf(ProtocolException.class).hasMessageContaining("does not match any query");
        }
        assertThat(ProtocolReader.read(schema, doc.replace("ACTION", "updateMany")
                .replace("ARGS", "{\"data\": {\"name\": \"n\"}}"))).isNotNull();
    }

    @Test
    void countOutputsSelectOnlyCount() {
        QueryValidationException e = fail("Post", "deleteMany", "{'selection': {'id': true}}");
        assertThat(e.getMessage()).isEqualTo("Field 'id' not found in enclosing type 'AffectedRowsOutput'");
        assertThat(e.meta()).containsEntry("selectionPath", List.of("deleteManyPost", "id"));
    }
}
