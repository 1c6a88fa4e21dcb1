package dev.refract.engine.protocol;

import static dev.refract.engine.protocol.RichSchema.read;
import static dev.refract.engine.protocol.RichSchema.relation;
import static dev.refract.engine.protocol.RichSchema.scalar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.engine.ir.CreateQuery;
import dev.refract.engine.ir.FieldWrite;
import dev.refract.engine.ir.Filter;
import dev.refract.engine.ir.NestedWrite;
import dev.refract.engine.ir.UpdateQuery;
import dev.refract.engine.ir.WriteData;
import dev.refract.model.RelationField;
import dev.refract.model.SchemaModel;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.model.SchemaModels;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Nested writes on both sides of 1:1, 1:n and implicit m:n relations read into {@link NestedWrite}s. */
class NestedWriteReaderTest {
    private static final String ID = "{'id': true}";

    private static List<NestedWrite> createNested(String model, String data) {
        return ((CreateQuery) read(model, "createOne", "{'arguments': {'data': " + data + "}, 'selection': " + ID + "}"))
                .data().nested();
    }

    private static List<NestedWrite> updateNested(String model, String data) {
        return ((UpdateQuery) read(model, "updateOne", "{'arguments': {'where': {'id': 1}, 'data': " + data
                + "}, 'selection': " + ID + "}")).data().nested();
    }

    private static WriteData title(String t) {
        return WriteData.of(List.of(FieldWrite.set(scalar("Post", "title"), t)));
    }

    private static Filter postId(int id) {
        return Filter.eq(scalar("Post", "id"), id);
    }

    @Test
    void createOnTheToManySide() {
        RelationField posts = relation("User", "posts");
        List<NestedWrite> w = createNested("User", """
                {'email': 'e', 'posts': {
                  'create': [{'id': 1, 'title': 'a'}], 'connectOrCreate': {'where': {'id': 2}, 'create': {'id': 2, 'title': 'b'}},
                  'createMany': {'data': [{'id': 3, 'title': 'c'}], 'skipDuplicates': true}, 'connect': [{'id': 4}, {'id': 5}]}}""");
        WriteData a = WriteData.of(List.of(FieldWrite.set(scalar("Post", "id"), 1), FieldWrite.set(scalar("Post", "title"), "a")));
        WriteData b = WriteData.of(List.of(FieldWrite.set(scalar("Post", "id"), 2), FieldWrite.set(scalar("Post", "title"), "b")));
        WriteData c = WriteData.of(List.of(FieldWrite.set(scalar("Post", "id"), 3), FieldWrite.set(scalar("Post", "title"), "c")));
        assertThat(w).containsExactly(new NestedWrite.Create(posts, List.of(a)),
                new NestedWrite.ConnectOrCreate(posts, List.of(new NestedWrite.WhereCreate(postId(2), b))),
                new NestedWrite.CreateMany(posts, List.of(c), true),
                new NestedWrite.Connect(posts, List.of(postId(4), postId(5))));
    }

    @Test
    void createOnTheToOneSidesAndNestedTwoLevelsDeep() {
        List<NestedWrite> w = createNested("Post", "{'id': 1, 'title': 't', 'author': {'create': {'email': 'e', "
                + "'bio': {'create': {'id': 9, 'text': 'x'}}}}}");
        NestedWrite.Create author = (NestedWrite.Create) w.get(0);
        assertThat(author.field()).isSameAs(relation("Post", "author"));
        assertThat(author.data()).hasSize(1);
        assertThat(author.data().get(0).nested()).containsExactly(new NestedWrite.Create(relation("User", "bio"),
                List.of(WriteData.of(List.of(FieldWrite.set(scalar("Bio", "id"), 9),
                        FieldWrite.set(scalar("Bio", "text"), "x"))))));
        List<NestedWrite> connect = createNested("Bio", "{'id': 1, 'text': 't', 'user': {'connect': {'email': 'e'}}}");
        assertThat(connect).containsExactly(new NestedWrite.Connect(relation("Bio", "user"),
                List.of(Filter.eq(scalar("User", "email"), "e"))));
    }

    @Test
    void updateOnTheToManySide() {
        RelationField posts = relation("User", "posts");
        List<NestedWrite> w = updateNested("User", """
                {'posts': {'set': [{'id': 1}], 'disconnect': {'id': 2}, 'delete': [{'id': 3}],
                  'update': {'where': {'id': 4}, 'data': {'title': 'u'}},
                  'updateMany': [{'where': {'likes': {'lt': 5}}, 'data': {'title': 'm'}}],
                  'upsert': {'where': {'id': 6}, 'update': {'title': 'v'}, 'create': {'id': 6, 'title': 'w'}},
                  'deleteMany': [{'published': false}]}}""");
        assertThat(w).containsExactly(
                new NestedWrite.Set(posts, List.of(postId(1))),
                new NestedWrite.Disconnect(posts, List.of(postId(2))),
                new NestedWrite.Delete(posts, List.of(postId(3))),
                new NestedWrite.Update(posts, List.of(new NestedWrite.WhereData(postId(4), title("u")))),
                new NestedWrite.UpdateMany(posts, List.of(new NestedWrite.WhereData(
                        new Filter.Scalar(scalar("Post", "likes"), Filter.ScalarOp.LT, 5, false), title("m")))),
                new NestedWrite.Upsert(posts, List.of(new NestedWrite.WhereUpsert(postId(6),
                        WriteData.of(List.of(FieldWrite.set(scalar("Post", "id"), 6), FieldWrite.set(scalar("Post", "title"), "w"))),
                        title("v")))),
                new NestedWrite.DeleteMany(posts, List.of(Filter.eq(scalar("Post", "published"), false))));
        assertThat(updateNested("User", "{'posts': {'set': []}}")).containsExactly(new NestedWrite.Set(posts, List.of()));
    }

    @Test
    void updateOnAnOptionalToOneSide() {
        RelationField author = relation("Post", "author");
        WriteData named = WriteData.of(List.of(FieldWrite.set(scalar("User", "name"), "n")));
        assertThat(updateNested("Post", "{'author': {'disconnect': true}}"))
                .containsExactly(new NestedWrite.Disconnect(author, List.of(Filter.TRUE)));
        assertThat(updateNested("Post", "{'author': {'disconnect': false, 'delete': false}}")).isEmpty();
        assertThat(updateNested("Post", "{'author': {'delete': {'name': 'x'}}}"))
                .containsExactly(new NestedWrite.Delete(author, List.of(Filter.eq(scalar("User", "name"), "x"))));
        assertThat(updateNested("Post", "{'author': {'update': {'name': 'n'}}}"))
                .containsExactly(new NestedWrite.Update(author, List.of(new NestedWrite.WhereData(Filter.TRUE, named))));
        assertThat(updateNested("Post", "{'author': {'update': {'where': {'name': 'o'}, 'data': {'name': 'n'}}}}"))
                .containsExactly(new NestedWrite.Update(author, List.of(new NestedWrite.WhereData(
                        Filter.eq(scalar("User", "name"), "o"), named))));
        assertThat(updateNested("Post", "{'author': {'upsert': {'create': {'email': 'e'}, 'update': {'name': 'n'}}}}"))
                .containsExactly(new NestedWrite.Upsert(author, List.of(new NestedWrite.WhereUpsert(Filter.TRUE,
                        WriteData.of(List.of(FieldWrite.set(scalar("User", "email"), "e"))), named))));
    }

    @Test
    void updateOnARequiredToOneSideAndTheBackSideOfOneToOne() {
        List<NestedWrite> w = updateNested("Bio", "{'user': {'update': {'posts': {'connect': {'id': 1}}}}}");
        NestedWrite.Update user = (NestedWrite.Update) w.get(0);
        assertThat(user.field()).isSameAs(relation("Bio", "user"));
        assertThat(user.items().get(0).where()).isEqualTo(Filter.TRUE);
        assertThat(user.items().get(0).data().nested()).containsExactly(new NestedWrite.Connect(relation("User", "posts"),
                List.of(postId(1))));
        assertThat(updateNested("User", "{'bio': {'update': {'text': 't'}}}")).containsExactly(new NestedWrite.Update(
                relation("User", "bio"), List.of(new NestedWrite.WhereData(Filter.TRUE,
                        WriteData.of(List.of(FieldWrite.set(scalar("Bio", "text"), "t")))))));
        assertThat(updateNested("User", "{'bio': {'delete': true}}"))
                .containsExactly(new NestedWrite.Delete(relation("User", "bio"), List.of(Filter.TRUE)));
    }

    @Test
    void manyToManyOnBothSides() {
        SchemaModel schema = SchemaModels.from(PrismaSchema.validate("""
                datasource db {
                  provider = "postgresql"
                }
                model Post {
                  id   Int   @id
                  tags Tag[]
                }
                model Tag {
                  id    Int    @id
                  name  String
                  posts Post[]
                }
                """)).orElseThrow();
        UpdateQuery q = (UpdateQuery) ProtocolReader.read(schema, ("{'modelName': 'Post', 'action': 'updateOne', "
                + "'query': {'arguments': {'where': {'id': 1}, 'data': {'tags': {'connect': {'id': 2}, "
                + "'create': {'id': 3, 'name': 'n'}, 'disconnect': [{'id': 4}]}}}, 'selection': {'id': true}}}")
                .replace('\'', '"'));
        RelationField tags = schema.requireModel("Post").relationField("tags").orElseThrow();
        assertThat(q.data().nested()).extracting(NestedWrite::getClass).containsExactly(NestedWrite.Connect.class,
                NestedWrite.Create.class, NestedWrite.Disconnect.class);
        assertThat(q.data().nested()).allMatch(n -> n.field() == tags);
        CreateQuery c = (CreateQuery) ProtocolReader.read(schema, ("{'modelName': 'Tag', 'action': 'createOne', "
                + "'query': {'arguments': {'data': {'id': 1, 'name': 'n', 'posts': {'connectOrCreate': "
                + "[{'where': {'id': 1}, 'create': {'id': 1}}]}}}, 'selection': {'id': true}}}").replace('\'', '"'));
        assertThat(c.data().nested().get(0)).isInstanceOf(NestedWrite.ConnectOrCreate.class);
    }
}
