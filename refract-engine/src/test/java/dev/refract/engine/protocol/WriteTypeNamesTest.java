package dev.refract.engine.protocol;

import static dev.refract.engine.protocol.RichSchema.model;
import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.engine.ir.Action;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The write input types carry Prisma's query-schema names, fields and field types (in order), which
 * validation errors print: checked against the names Prisma Client generates for the same schema.
 */
class WriteTypeNamesTest {
    private static final QuerySchema QS = new QuerySchema(RichSchema.SCHEMA);

    private static List<String> names(List<InputType> types) {
        return types.stream().map(InputType::displayName).toList();
    }

    private static InputObjectType object(List<InputType> types, int i) {
        return ((InputType.Obj) types.get(i)).type();
    }

    private static Map<String, List<String>> fields(InputObjectType t) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        t.fields().forEach(f -> out.put(f.name(), names(f.types())));
        return out;
    }

    private static List<InputType> data(String model, Action action) {
        return QS.operation(model(model), action).arguments().get(0).types();
    }

    @Test
    void updateInputsAndScalarOperations() {
        List<InputType> data = data("User", Action.UPDATE_ONE);
        assertThat(names(data)).containsExactly("UserUpdateInput", "UserUncheckedUpdateInput");
        Map<String, List<String>> checked = fields(object(data, 0));
        assertThat(checked.keySet()).containsExactly("email", "name", "role", "tags", "profile", "createdAt", "balance",
                "big", "score", "avatar", "posts", "bio", "memberships");
        assertThat(checked).containsEntry("email", List.of("String", "StringFieldUpdateOperationsInput"))
                .containsEntry("name", List.of("String", "NullableStringFieldUpdateOperationsInput", "Null"))
                .containsEntry("role", List.of("Role", "EnumRoleFieldUpdateOperationsInput"))
                .containsEntry("tags", List.of("UserUpdatetagsInput", "String[]"))
                .containsEntry("profile", List.of("NullableJsonNullValueInput", "Json"))
                .containsEntry("createdAt", List.of("DateTime", "DateTimeFieldUpdateOperationsInput"))
                .containsEntry("big", List.of("BigInt", "NullableBigIntFieldUpdateOperationsInput", "Null"))
                .containsEntry("posts", List.of("PostUpdateManyWithoutAuthorNestedInput"))
                .containsEntry("bio", List.of("BioUpdateOneWithoutUserNestedInput"))
                .containsEntry("memberships", List.of("MembershipUpdateManyWithoutUserNestedInput"));
        assertThat(fields(object(data, 1))).containsKey("id")
                .containsEntry("posts", List.of("PostUncheckedUpdateManyWithoutAuthorNestedInput"));
        InputObjectType ints = object(QS.operation(model("Post"), Action.UPDATE_ONE).arguments().get(0).types(), 0)
                .field("likes").types().get(1) instanceof InputType.Obj o ? o.type() : null;
        assertThat(fields(ints).keySet()).containsExactly("set", "increment", "decrement", "multiply", "divide");
    }

    @Test
    void toManyEnvelope() {
        InputObjectType posts = object(object(data("User", Action.UPDATE_ONE), 0).field("posts").types(), 0);
        Map<String, List<String>> f = fields(posts);
        assertThat(f.keySet()).containsExactly("create", "connectOrCreate", "upsert", "createMany", "set", "disconnect",
                "delete", "connect", "update", "updateMany", "deleteMany");
        assertThat(f).containsEntry("create", List.of("PostCreateWithoutAuthorInput", "PostCreateWithoutAuthorInput[]",
                        "PostUncheckedCreateWithoutAuthorInput", "PostUncheckedCreateWithoutAuthorInput[]"))
                .containsEntry("upsert", List.of("PostUpsertWithWhereUniqueWithoutAuthorInput",
                        "PostUpsertWithWhereUniqueWithoutAuthorInput[]"))
                .containsEntry("createMany", List.of("PostCreateManyAuthorInputEnvelope"))
                .containsEntry("set", List.of("PostWhereUniqueInput", "PostWhereUniqueInput[]"))
                .containsEntry("update", List.of("PostUpdateWithWhereUniqueWithoutAuthorInput",
                        "PostUpdateWithWhereUniqueWithoutAuthorInput[]"))
                .containsEntry("updateMany", List.of("PostUpdateManyWithWhereWithoutAuthorInput",
                        "PostUpdateManyWithWhereWithoutAuthorInput[]"))
                .containsEntry("deleteMany", List.of("PostScalarWhereInput", "PostScalarWhereInput[]"));
        InputObjectType updateMany = object(posts.field("updateMany").types(), 0);
        assertThat(fields(updateMany)).containsEntry("data",
                List.of("PostUpdateManyMutationInput", "PostUncheckedUpdateManyWithoutAuthorInput"));
    }

    @Test
    void toOneEnvelopes() {
        Map<String, List<String>> bio = fields(object(object(data("User", Action.UPDATE_ONE), 0).field("bio").types(), 0));
        assertThat(bio.keySet()).containsExactly("create", "connectOrCreate", "upsert", "disconnect", "delete",
                "connect", "update");
        assertThat(bio).containsEntry("disconnect", List.of("Boolean", "BioWhereInput"))
                .containsEntry("upsert", List.of("BioUpsertWithoutUserInput"))
                .containsEntry("update", List.of("BioUpdateToOneWithWhereWithoutUserInput", "BioUpdateWithoutUserInput",
                        "BioUncheckedUpdateWithoutUserInput"));
        Map<String, List<String>> user = fields(object(object(data("Bio", Action.UPDATE_ONE), 0).field("user").types(), 0));
        assertThat(object(data("Bio", Action.UPDATE_ONE), 0).field("user").types().get(0).displayName())
                .isEqualTo("UserUpdateOneRequiredWithoutBioNestedInput");
        assertThat(user.keySet()).containsExactly("create", "connectOrCreate", "upsert", "connect", "update");
    }

    @Test
    void createAndManyInputs() {
        assertThat(names(data("Post", Action.CREATE_MANY))).containsExactly("PostCreateManyInput", "PostCreateManyInput[]");
        assertThat(names(data("Post", Action.UPDATE_MANY)))
                .containsExactly("PostUpdateManyMutationInput", "PostUncheckedUpdateManyInput");
        assertThat(fields(object(data("Post", Action.UPDATE_MANY), 0)).keySet())
                .containsExactly("id", "title", "published", "likes");
        assertThat(fields(object(data("User", Action.CREATE_ONE), 0)))
                .containsEntry("posts", List.of("PostCreateNestedManyWithoutAuthorInput"))
                .containsEntry("tags", List.of("UserCreatetagsInput", "String[]"));
        assertThat(QS.operation(model("User"), Action.CREATE_MANY_AND_RETURN).typeName())
                .isEqualTo("CreateManyUserAndReturnOutputType[]");
        assertThat(QS.operation(model("User"), Action.UPDATE_MANY).name()).isEqualTo("updateManyUser");
        assertThat(QS.operation(model("User"), Action.UPDATE_MANY_AND_RETURN).name()).isEqualTo("updateManyUserAndReturn");
    }
}
