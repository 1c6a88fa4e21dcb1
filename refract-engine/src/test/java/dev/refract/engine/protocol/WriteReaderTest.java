package dev.refract.engine.protocol;

import static dev.refract.engine.protocol.RichSchema.model;
import static dev.refract.engine.protocol.RichSchema.read;
import static dev.refract.engine.protocol.RichSchema.scalar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refract.engine.ir.Action;
import dev.refract.engine.ir.CreateManyQuery;
import dev.refract.engine.ir.CreateQuery;
import dev.refract.engine.ir.DeleteManyQuery;
import dev.refract.engine.ir.DeleteQuery;
import dev.refract.engine.ir.FieldWrite;
import dev.refract.engine.ir.Filter;
import dev.refract.engine.ir.Selection;
import dev.refract.engine.ir.UpdateManyQuery;
import dev.refract.engine.ir.UpdateQuery;
import dev.refract.engine.ir.UpsertQuery;
import dev.refract.engine.ir.Values;
import dev.refract.engine.ir.WriteData;
import dev.refract.model.SchemaModel;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.model.SchemaModels;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each write action reads into its IR: arguments, record data, field update operations and outputs. */
class WriteReaderTest {
    private static FieldWrite set(String model, String field, Object value) {
        return FieldWrite.set(scalar(model, field), value);
    }

    @Test
    void createOneReadsScalarsInInputOrderAndTheRecordSelection() {
        CreateQuery q = (CreateQuery) read("User", "createOne", """
                {'arguments': {'data': {'email': 'a@b.c', 'name': null, 'role': 'ADMIN', 'tags': ['x', 'y'],
                  'createdAt': {'$type': 'DateTime', 'value': '2024-01-02T03:04:05.000Z'},
                  'balance': {'$type': 'Decimal', 'value': '1.50'}, 'big': {'$type': 'BigInt', 'value': '9007199254740993'},
                  'score': 1.5, 'avatar': {'$type': 'Bytes', 'value': 'AQI='}}},
                 'selection': {'id': true, 'posts': {'selection': {'title': true}}}}""");
        assertThat(q.action()).isEqualTo(Action.CREATE_ONE);
        assertThat(q.model()).isSameAs(model("User"));
        List<FieldWrite> s = q.data().scalars();
        assertThat(s.subList(0, 8)).containsExactly(set("User", "email", "a@b.c"), set("User", "name", null),
                set("User", "role", "ADMIN"), set("User", "tags", List.of("x", "y")),
                set("User", "createdAt", Instant.parse("2024-01-02T03:04:05Z")),
                set("User", "balance", new BigDecimal("1.50")), set("User", "big", 9007199254740993L),
                set("User", "score", 1.5));
        assertThat((byte[]) s.get(8).value()).containsExactly(1, 2);
        assertThat(q.data().nested()).isEmpty();
        assertThat(q.selection().fields()).extracting(Selection.Item::key).containsExactly("id", "posts");
    }

    @Test
    void createOneWithoutDataCreatesADefaultRecord() {
        CreateQuery q = (CreateQuery) read("Post", "createOne", "{'arguments': {'data': {'id': 1, 'title': 't'}}, "
                + "'selection': {'$scalars': true}}");
        assertThat(q.data().scalars()).containsExactly(set("Post", "id", 1), set("Post", "title", "t"));
        SchemaModel defaults = SchemaModels.from(PrismaSchema.validate("""
                datasource db {
                  provider = "sqlite"
                }
                model Counter {
                  id Int @id @default(autoincrement())
                }
                """)).orElseThrow();
        CreateQuery empty = (CreateQuery) ProtocolReader.read(defaults,
                "{\"modelName\": \"Counter\", \"action\": \"createOne\", \"query\": {\"selection\": {\"id\": true}}}");
        assertThat(empty.data()).isEqualTo(WriteData.EMPTY);
    }

    @Test
    void jsonValuesAndTheirNulls() {
        CreateQuery q = (CreateQuery) read("User", "createOne",
                "{'arguments': {'data': {'email': 'e', 'profile': {'$type': 'Json', 'value': '{\\\"a\\\":[1,2]}'}}}, "
                        + "'selection': {'id': true}}");
        assertThat(q.data().scalars().get(1)).isEqualTo(set("User", "profile", new Values.Json("{\"a\":[1,2]}")));
        UpdateQuery jsonNull = (UpdateQuery) read("User", "updateOne", "{'arguments': {'where': {'id': 1}, "
                + "'data': {'profile': {'$type': 'Enum', 'value': 'JsonNull'}}}, 'selection': {'id': true}}");
        assertThat(jsonNull.data().scalars()).containsExactly(set("User", "profile", new Values.Json("null")));
        UpdateQuery dbNull = (UpdateQuery) read("User", "updateOne", "{'arguments': {'where': {'id': 1}, "
                + "'data': {'profile': {'$type': 'Enum', 'value': 'DbNull'}}}, 'selection': {'id': true}}");
        assertThat(dbNull.data().scalars()).containsExactly(set("User", "profile", null));
    }

    @Test
    void createManyTakesOneOrAListAndSkipDuplicatesWhereTheConnectorHasIt() {
        CreateManyQuery q = (CreateManyQuery) read("Post", "createMany",
                "{'arguments': {'data': [{'id': 1, 'title': 'a'}, {'id': 2, 'title': 'b', 'authorId': 7}], "
                        + "'skipDuplicates': true}, 'selection': {'count': true}}");
        assertThat(q.action()).isEqualTo(Action.CREATE_MANY);
        assertThat(q.skipDuplicates()).isTrue();
        assertThat(q.selection()).isNull();
        assertThat(q.data()).extracting(d -> d.scalars().size()).containsExactly(2, 3);
        CreateManyQuery one = (CreateManyQuery) read("Post", "createMany",
                "{'arguments': {'data': {'id': 1, 'title': 'a'}}, 'selection': {'$scalars': true}}");
        assertThat(one.data()).hasSize(1);
        assertThat(one.skipDuplicates()).isFalse();
    }

    @Test
    void createManyAndReturnSelectsScalarsAndTheRelationsItsKeysSet() {
        CreateManyQuery q = (CreateManyQuery) read("Post", "createManyAndReturn",
                "{'arguments': {'data': [{'id': 1, 'title': 'a'}]}, 'selection': {'$scalars': true, 'author': true}}");
        assertThat(q.action()).isEqualTo(Action.CREATE_MANY_AND_RETURN);
        assertThat(q.selection().fields()).extracting(Selection.Item::key)
                .containsExactly("id", "title", "published", "authorId", "likes", "author");
        assertThatThrownBy(() -> read("User", "createManyAndReturn",
                "{'arguments': {'data': [{'email': 'a'}]}, 'selection': {'posts': true}}"))
                .hasMessage("Field 'posts' not found in enclosing type 'CreateManyUserAndReturnOutputType'");
    }

    @Test
    void updateOneReadsTheExtendedWhereUniqueAndFieldOperations() {
        UpdateQuery q = (UpdateQuery) read("Post", "updateOne", """
                {'arguments': {'where': {'id': 1, 'likes': {'gt': 2}},
                  'data': {'likes': {'increment': 1}, 'title': {'set': 'x'}, 'authorId': {'set': null}}},
                 'selection': {'id': true}}""");
        assertThat(q.where()).isEqualTo(Filter.and(List.of(Filter.eq(scalar("Post", "id"), 1),
                new Filter.Scalar(scalar("Post", "likes"), Filter.ScalarOp.GT, 2, false))));
        assertThat(q.data().scalars()).containsExactly(
                new FieldWrite(scalar("Post", "likes"), FieldWrite.Op.INCREMENT, 1),
                set("Post", "title", "x"), set("Post", "authorId", null));
    }

    @Test
    void arithmeticOperationsAndScalarListPushAndSet() {
        UpdateQuery q = (UpdateQuery) read("User", "updateOne", """
                {'arguments': {'where': {'email': 'e'},
                  'data': {'score': {'multiply': 2}, 'big': {'decrement': {'$type': 'BigInt', 'value': '3'}},
                           'balance': {'divide': 4}, 'tags': {'push': 'z'}, 'name': 'n'}},
                 'selection': {'id': true}}""");
        assertThat(q.data().scalars()).containsExactly(
                new FieldWrite(scalar("User", "score"), FieldWrite.Op.MULTIPLY, 2.0),
                new FieldWrite(scalar("User", "big"), FieldWrite.Op.DECREMENT, 3L),
                new FieldWrite(scalar("User", "balance"), FieldWrite.Op.DIVIDE, new BigDecimal(4)),
                new FieldWrite(scalar("User", "tags"), FieldWrite.Op.PUSH, List.of("z")),
                set("User", "name", "n"));
        UpdateQuery listSet = (UpdateQuery) read("User", "updateOne",
                "{'arguments': {'where': {'id': 1}, 'data': {'tags': {'set': ['a']}}}, 'selection': {'id': true}}");
        assertThat(listSet.data().scalars()).containsExactly(set("User", "tags", List.of("a")));
    }

    @Test
    void updateManyAndDeleteManyTakeAFilterAndALimit() {
        UpdateManyQuery u = (UpdateManyQuery) read("Post", "updateMany", "{'arguments': {'where': {'published': false}, "
                + "'data': {'published': true}, 'limit': 5}, 'selection': {'count': true}}");
        assertThat(u.action()).isEqualTo(Action.UPDATE_MANY);
        assertThat(u.where()).isEqualTo(Filter.eq(scalar("Post", "published"), false));
        assertThat(u.limit()).isEqualTo(5L);
        assertThat(u.selection()).isNull();
        UpdateManyQuery all = (UpdateManyQuery) read("Post", "updateManyAndReturn",
                "{'arguments': {'data': {'likes': {'increment': 1}}}, 'selection': {'id': true}}");
        assertThat(all.where()).isEqualTo(Filter.TRUE);
        assertThat(all.action()).isEqualTo(Action.UPDATE_MANY_AND_RETURN);
        assertThat(all.selection().fields()).extracting(Selection.Item::key).containsExactly("id");
        DeleteManyQuery d = (DeleteManyQuery) read("Post", "deleteMany",
                "{'arguments': {'where': {'title': 'x'}, 'limit': 2}, 'selection': {'$scalars': true}}");
        assertThat(d.where()).isEqualTo(Filter.eq(scalar("Post", "title"), "x"));
        assertThat(d.limit()).isEqualTo(2L);
        DeleteManyQuery none = (DeleteManyQuery) read("Post", "deleteMany", "{'selection': {'count': true}}");
        assertThat(none.where()).isEqualTo(Filter.TRUE);
        assertThat(none.limit()).isNull();
    }

    @Test
    void upsertAndDeleteOne() {
        UpsertQuery u = (UpsertQuery) read("User", "upsertOne", "{'arguments': {'where': {'email': 'e'}, "
                + "'create': {'email': 'e'}, 'update': {'name': 'n'}}, 'selection': {'id': true}}");
        assertThat(u.where()).isEqualTo(Filter.eq(scalar("User", "email"), "e"));
        assertThat(u.create().scalars()).containsExactly(set("User", "email", "e"));
        assertThat(u.update().scalars()).containsExactly(set("User", "name", "n"));
        DeleteQuery d = (DeleteQuery) read("Membership", "deleteOne",
                "{'arguments': {'where': {'userId_teamId': {'userId': 1, 'teamId': 2}}}, 'selection': {'code': true}}");
        assertThat(d.where()).isEqualTo(Filter.and(List.of(Filter.eq(scalar("Membership", "userId"), 1),
                Filter.eq(scalar("Membership", "teamId"), 2))));
        assertThat(d.selection().fields()).containsExactly(new Selection.Scalar(scalar("Membership", "code")));
    }
}
