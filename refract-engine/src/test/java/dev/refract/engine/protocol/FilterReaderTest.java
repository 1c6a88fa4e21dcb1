package dev.refract.engine.protocol;

import static dev.refract.engine.protocol.RichSchema.read;
import static dev.refract.engine.protocol.RichSchema.relation;
import static dev.refract.engine.protocol.RichSchema.scalar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.engine.ir.FieldRef;
import dev.refract.engine.ir.Filter;
import dev.refract.engine.ir.Filter.ScalarOp;
import dev.refract.engine.ir.FindQuery;
import dev.refract.engine.ir.Values;
import dev.refract.model.ScalarField;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every where form reads into the expected filter, with values of the IR's Java types. */
class FilterReaderTest {
    private static Filter where(String model, String where) {
        FindQuery q = (FindQuery) read(model, "findMany",
                "{'arguments': {'where': " + where + "}, 'selection': {'$scalars': true}}");
        return q.args().where();
    }

    private static Filter user(String where) {
        return where("User", where);
    }

    private static Filter.Scalar cond(ScalarField f, ScalarOp op, Object value) {
        return new Filter.Scalar(f, op, value, false);
    }

    private static final ScalarField ID = scalar("User", "id");
    private static final ScalarField EMAIL = scalar("User", "email");
    private static final ScalarField NAME = scalar("User", "name");

    @Test
    void shorthandEqualityAndNull() {
        assertThat(user("{'id': 5}")).isEqualTo(Filter.eq(ID, 5));
        assertThat(user("{'name': null}")).isEqualTo(Filter.eq(NAME, null));
        assertThat(user("{}")).isEqualTo(Filter.TRUE);
        assertThat(user("{'id': 1, 'email': 'a'}")).isEqualTo(new Filter.And(List.of(Filter.eq(ID, 1), Filter.eq(EMAIL, "a"))));
    }

    @Test
    void everyScalarOperator() {
        assertThat(user("{'id': {'equals': 1, 'in': [1, 2], 'notIn': [], 'lt': 9, 'lte': 8, 'gt': 0, 'gte': 1}}"))
                .isEqualTo(new Filter.And(List.of(cond(ID, ScalarOp.EQUALS, 1), cond(ID, ScalarOp.IN, List.of(1, 2)),
                        cond(ID, ScalarOp.NOT_IN, List.of()), cond(ID, ScalarOp.LT, 9), cond(ID, ScalarOp.LTE, 8),
                        cond(ID, ScalarOp.GT, 0), cond(ID, ScalarOp.GTE, 1))));
        assertThat(user("{'email': {'contains': 'a', 'startsWith': 'b', 'endsWith': 'c', 'search': 'd'}}"))
                .isEqualTo(new Filter.And(List.of(cond(EMAIL, ScalarOp.CONTAINS, "a"),
                        cond(EMAIL, ScalarOp.STARTS_WITH, "b"), cond(EMAIL, ScalarOp.ENDS_WITH, "c"),
                        cond(EMAIL, ScalarOp.SEARCH, "d"))));
    }

    @Test
    void modeInsensitiveAppliesToEveryConditionOfItsObject() {
        assertThat(user("{'email': {'mode': 'insensitive', 'contains': 'a', 'equals': 'B'}}"))
                .isEqualTo(new Filter.And(List.of(new Filter.Scalar(EMAIL, ScalarOp.CONTAINS, "a", true),
                        new Filter.Scalar(EMAIL, ScalarOp.EQUALS, "B", true))));
        assertThat(user("{'email': {'contains': 'a'}}")).isEqualTo(cond(EMAIL, ScalarOp.CONTAINS, "a"));
    }

    @Test
    void notWithValueNullAndNestedFilter() {
        assertThat(user("{'id': {'not': 3}}")).isEqualTo(cond(ID, ScalarOp.NOT_EQUALS, 3));
        assertThat(user("{'name': {'not': null}}")).isEqualTo(cond(NAME, ScalarOp.NOT_EQUALS, null));
        assertThat(user("{'id': {'not': {'gt': 3, 'lt': 9}}}")).isEqualTo(new Filter.Not(List.of(
                new Filter.And(List.of(cond(ID, ScalarOp.GT, 3), cond(ID, ScalarOp.LT, 9))))));
    }

    @Test
    void booleanOperatorsAsObjectsAndLists() {
        assertThat(user("{'AND': [{'id': 1}, {'email': 'a'}]}"))
                .isEqualTo(new Filter.And(List.of(Filter.eq(ID, 1), Filter.eq(EMAIL, "a"))));
        assertThat(user("{'AND': {'id': 1}}")).isEqualTo(Filter.eq(ID, 1));
        assertThat(user("{'AND': []}")).isEqualTo(Filter.TRUE);
        assertThat(user("{'OR': [{'id': 1}, {'id': 2}]}"))
                .isEqualTo(new Filter.Or(List.of(Filter.eq(ID, 1), Filter.eq(ID, 2))));
        assertThat(user("{'OR': []}")).isEqualTo(new Filter.Or(List.of()));
        assertThat(user("{'NOT': {'id': 1}}")).isEqualTo(new Filter.Not(List.of(Filter.eq(ID, 1))));
        assertThat(user("{'NOT': [{'id': 1}, {'id': 2}]}"))
                .isEqualTo(new Filter.Not(List.of(Filter.eq(ID, 1), Filter.eq(ID, 2))));
    }

    @Test
    void toManyRelationFilters() {
        Filter published = Filter.eq(scalar("Post", "published"), true);
        assertThat(user("{'posts': {'some': {'published': true}, 'every': {}, 'none': {'published': true}}}"))
                .isEqualTo(new Filter.And(List.of(
                        new Filter.Relation(relation("User", "posts"), Filter.RelationCondition.SOME, published),
                        new Filter.Relation(relation("User", "posts"), Filter.RelationCondition.EVERY, Filter.TRUE),
                        new Filter.Relation(relation("User", "posts"), Filter.RelationCondition.NONE, published))));
    }

    @Test
    void toOneRelationFilters() {
        var author = relation("Post", "author");
        Filter named = Filter.eq(NAME, "x");
        assertThat(where("Post", "{'author': {'is': {'name': 'x'}}}"))
                .isEqualTo(new Filter.Relation(author, Filter.RelationCondition.IS, named));
        assertThat(where("Post", "{'author': {'name': 'x'}}"))
                .isEqualTo(new Filter.Relation(author, Filter.RelationCondition.IS, named));
        assertThat(where("Post", "{'author': {'isNot': {'name': 'x'}}}"))
                .isEqualTo(new Filter.Relation(author, Filter.RelationCondition.IS_NOT, named));
        assertThat(where("Post", "{'author': null}"))
                .isEqualTo(new Filter.Relation(author, Filter.RelationCondition.IS_NOT, Filter.TRUE));
        assertThat(where("Post", "{'author': {'is': null}}"))
                .isEqualTo(new Filter.Relation(author, Filter.RelationCondition.IS_NOT, Filter.TRUE));
        assertThat(where("Post", "{'author': {'isNot': null}}"))
                .isEqualTo(new Filter.Relation(author, Filter.RelationCondition.IS, Filter.TRUE));
        assertThat(where("Bio", "{'user': {'is': {'id': 1}}}"))
                .isEqualTo(new Filter.Relation(relation("Bio", "user"), Filter.RelationCondition.IS, Filter.eq(ID, 1)));
    }

    @Test
    void scalarListFilters() {
        ScalarField tags = scalar("User", "tags");
        assertThat(user("{'tags': {'has': 'a'}}")).isEqualTo(cond(tags, ScalarOp.HAS, "a"));
        assertThat(user("{'tags': {'hasEvery': ['a', 'b']}}")).isEqualTo(cond(tags, ScalarOp.HAS_EVERY, List.of("a", "b")));
        assertThat(user("{'tags': {'hasSome': ['a']}}")).isEqualTo(cond(tags, ScalarOp.HAS_SOME, List.of("a")));
        assertThat(user("{'tags': {'isEmpty': true}}")).isEqualTo(cond(tags, ScalarOp.IS_EMPTY, true));
        assertThat(user("{'tags': {'equals': ['x']}}")).isEqualTo(cond(tags, ScalarOp.LIST_EQUALS, List.of("x")));
    }

    @Test
    void jsonFilters() {
        ScalarField profile = scalar("User", "profile");
        assertThat(user("{'profile': {'path': ['a', 'b'], 'equals': 3}}"))
                .isEqualTo(new Filter.Json(profile, List.of("a", "b"), Filter.JsonOp.EQUALS, new Values.Json("3")));
        assertThat(user("{'profile': {'equals': {'$type': 'Json', 'value': '{\\\"k\\\":[1,true]}'}}}"))
                .isEqualTo(new Filter.Json(profile, List.of(), Filter.JsonOp.EQUALS, new Values.Json("{\"k\":[1,true]}")));
        assertThat(user("{'profile': {'equals': {'k': [1, 'x']}}}"))
                .isEqualTo(new Filter.Json(profile, List.of(), Filter.JsonOp.EQUALS, new Values.Json("{\"k\":[1,\"x\"]}")));
        assertThat(user("{'profile': {'path': ['a'], 'string_contains': 'x', 'array_contains': [1], 'gt': 2}}"))
                .isEqualTo(new Filter.And(List.of(
                        new Filter.Json(profile, List.of("a"), Filter.JsonOp.STRING_CONTAINS, "x"),
                        new Filter.Json(profile, List.of("a"), Filter.JsonOp.ARRAY_CONTAINS, new Values.Json("[1]")),
                        new Filter.Json(profile, List.of("a"), Filter.JsonOp.GT, new Values.Json("2")))));
        assertThat(user("{'profile': {'equals': {'$type': 'Enum', 'value': 'DbNull'}}}"))
                .isEqualTo(cond(profile, ScalarOp.EQUALS, null));
        assertThat(user("{'profile': {'equals': {'$type': 'Enum', 'value': 'JsonNull'}}}"))
                .isEqualTo(new Filter.Json(profile, List.of(), Filter.JsonOp.EQUALS, new Values.Json("null")));
        assertThat(user("{'profile': {'not': {'$type': 'Enum', 'value': 'AnyNull'}}}"))
                .isEqualTo(new Filter.And(List.of(cond(profile, ScalarOp.NOT_EQUALS, null),
                        new Filter.Json(profile, List.of(), Filter.JsonOp.NOT_EQUALS, new Values.Json("null")))));
    }

    @Test
    void taggedValuesBecomeTheIrTypes() {
        assertThat(user("{'createdAt': {'gt': {'$type': 'DateTime', 'value': '2024-01-02T03:04:05.678+01:00'}}}"))
                .isEqualTo(cond(scalar("User", "createdAt"), ScalarOp.GT, Instant.parse("2024-01-02T02:04:05.678Z")));
        assertThat(user("{'createdAt': '2024-01-02T03:04:05Z'}"))
                .isEqualTo(Filter.eq(scalar("User", "createdAt"), Instant.parse("2024-01-02T03:04:05Z")));
        assertThat(user("{'big': {'$type': 'BigInt', 'value': '9007199254740993'}}"))
                .isEqualTo(Filter.eq(scalar("User", "big"), 9007199254740993L));
        assertThat(user("{'big': 12}")).isEqualTo(Filter.eq(scalar("User", "big"), 12L));
        assertThat(user("{'balance': {'$type': 'Decimal', 'value': '12345678901234567890.123'}}"))
                .isEqualTo(Filter.eq(scalar("User", "balance"), new BigDecimal("12345678901234567890.123")));
        assertThat(user("{'score': 1}")).isEqualTo(Filter.eq(scalar("User", "score"), 1.0));
        assertThat(user("{'score': 1.5}")).isEqualTo(Filter.eq(scalar("User", "score"), 1.5));
        assertThat(user("{'role': 'ADMIN'}")).isEqualTo(Filter.eq(scalar("User", "role"), "ADMIN"));
        assertThat(user("{'role': {'in': [{'$type': 'Enum', 'value': 'USER'}]}}"))
                .isEqualTo(cond(scalar("User", "role"), ScalarOp.IN, List.of("USER")));
        Filter.Scalar bytes = (Filter.Scalar) user("{'avatar': {'$type': 'Bytes', 'value': 'AQID'}}");
        assertThat((byte[]) bytes.value()).containsExactly(1, 2, 3);
    }

    @Test
    void fieldReferences() {
        assertThat(where("Post", "{'likes': {'gt': {'$type': 'FieldRef', 'value': {'_ref': 'id', '_container': 'Post'}}}}"))
                .isEqualTo(cond(scalar("Post", "likes"), ScalarOp.GT, new FieldRef(scalar("Post", "id"))));
    }

    @Test
    void filtersInsideRelationsUseTheRelatedModel() {
        assertThat(where("Post", "{'author': {'is': {'posts': {'some': {'title': {'startsWith': 'a'}}}}}}"))
                .isEqualTo(new Filter.Relation(relation("Post", "author"), Filter.RelationCondition.IS,
                        new Filter.Relation(relation("User", "posts"), Filter.RelationCondition.SOME,
                                cond(scalar("Post", "title"), ScalarOp.STARTS_WITH, "a"))));
    }
}
