package dev.refract.engine.protocol;

import static dev.refract.engine.protocol.RichSchema.model;
import static dev.refract.engine.protocol.RichSchema.read;
import static dev.refract.engine.protocol.RichSchema.relation;
import static dev.refract.engine.protocol.RichSchema.scalar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refract.engine.error.QueryValidationException;
import dev.refract.engine.ir.Action;
import dev.refract.engine.ir.Aggregate;
import dev.refract.engine.ir.AggregateQuery;
import dev.refract.engine.ir.Filter;
import dev.refract.engine.ir.FindQuery;
import dev.refract.engine.ir.GroupByQuery;
import dev.refract.engine.ir.OrderBy;
import dev.refract.engine.ir.ReadArgs;
import dev.refract.engine.ir.RelationLoadStrategy;
import dev.refract.engine.ir.Selection;
import dev.refract.model.SortOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Selections, paging, orderBy, aggregate and groupBy forms read into the expected IR. */
class ProtocolReaderTest {
    private static final String ALL = "{'$composites': true, '$scalars': true}";

    @Test
    void scalarsSelectAllScalarFieldsInModelOrder() {
        FindQuery q = (FindQuery) read("Post", "findMany", "{'arguments': {}, 'selection': " + ALL + "}");
        assertThat(q.action()).isEqualTo(Action.FIND_MANY);
        assertThat(q.model()).isSameAs(model("Post"));
        assertThat(q.args()).isEqualTo(ReadArgs.NONE);
        assertThat(q.selection().fields()).containsExactly(
                new Selection.Scalar(scalar("Post", "id")), new Selection.Scalar(scalar("Post", "title")),
                new Selection.Scalar(scalar("Post", "published")), new Selection.Scalar(scalar("Post", "authorId")),
                new Selection.Scalar(scalar("Post", "likes")));
    }

    @Test
    void omitRemovesFieldsWhereverTheyAppear() {
        FindQuery q = (FindQuery) read("Post", "findFirst",
                "{'selection': {'title': false, '$scalars': true, 'likes': false}}");
        assertThat(q.selection().fields()).extracting(Selection.Item::key)
                .containsExactly("id", "published", "authorId");
    }

    @Test
    void explicitSelectKeepsTheGivenOrderAndRelationShorthandSelectsScalars() {
        FindQuery q = (FindQuery) read("Post", "findMany", "{'selection': {'title': true, 'author': true, 'id': true}}");
        assertThat(q.selection().fields()).extracting(Selection.Item::key).containsExactly("title", "author", "id");
        Selection.Relation author = (Selection.Relation) q.selection().fields().get(1);
        assertThat(author.field()).isSameAs(relation("Post", "author"));
        assertThat(author.args()).isEqualTo(ReadArgs.NONE);
        assertThat(author.selection().fields()).extracting(Selection.Item::key).containsExactly("id", "email", "name",
                "role", "tags", "profile", "createdAt", "balance", "big", "score", "avatar");
    }

    @Test
    void nestedRelationsCarryTheirArguments() {
        FindQuery q = (FindQuery) read("User", "findMany", """
                {'selection': {'id': true, 'posts': {'arguments': {'where': {'published': true},
                  'orderBy': [{'likes': 'desc'}], 'cursor': {'id': 3}, 'take': 2, 'skip': 1, 'distinct': 'title'},
                  'selection': {'title': true}}}}""");
        Selection.Relation posts = (Selection.Relation) q.selection().fields().get(1);
        assertThat(posts.args()).isEqualTo(new ReadArgs(Filter.eq(scalar("Post", "published"), true),
                List.of(new OrderBy.ByScalar(scalar("Post", "likes"), SortOrder.DESC)),
                Filter.eq(scalar("Post", "id"), 3), 1L, 2L, List.of(scalar("Post", "title")), null));
        assertThat(posts.selection().fields()).containsExactly(new Selection.Scalar(scalar("Post", "title")));
    }

    @Test
    void optionalToOneRelationsTakeAWhere() {
        FindQuery q = (FindQuery) read("Post", "findMany",
                "{'selection': {'author': {'arguments': {'where': {'name': 'x'}}, 'selection': {'id': true}}}}");
        Selection.Relation author = (Selection.Relation) q.selection().fields().get(0);
        assertThat(author.args().where()).isEqualTo(Filter.eq(scalar("User", "name"), "x"));
    }

    @Test
    void relationCountsWithAndWithoutFilters() {
        FindQuery q = (FindQuery) read("User", "findMany", """
                {'selection': {'_count': {'arguments': {}, 'selection': {'posts': {'arguments':
                  {'where': {'published': true}}, 'selection': {}}, 'memberships': true}}}}""");
        assertThat(q.selection().fields()).containsExactly(new Selection.Count(List.of(
                new Selection.RelationCount(relation("User", "posts"), Filter.eq(scalar("Post", "published"), true)),
                new Selection.RelationCount(relation("User", "memberships"), Filter.TRUE))));
        FindQuery all = (FindQuery) read("User", "findMany", "{'selection': {'_count': true}}");
        assertThat(((Selection.Count) all.selection().fields().get(0)).relations())
                .extracting(Selection.RelationCount::field)
                .containsExactly(relation("User", "posts"), relation("User", "memberships"));
    }

    @Test
    void findUniqueByIdCompoundIdNamedCompoundUniqueAndExtraFilters() {
        FindQuery byId = (FindQuery) read("User", "findUniqueOrThrow",
                "{'arguments': {'where': {'id': 1, 'name': {'not': null}}}, 'selection': {'id': true}}");
        assertThat(byId.action()).isEqualTo(Action.FIND_UNIQUE_OR_THROW);
        assertThat(byId.args().where()).isEqualTo(new Filter.And(List.of(Filter.eq(scalar("User", "id"), 1),
                new Filter.Scalar(scalar("User", "name"), Filter.ScalarOp.NOT_EQUALS, null, false))));
        FindQuery compound = (FindQuery) read("Membership", "findUnique",
                "{'arguments': {'where': {'userId_teamId': {'userId': 1, 'teamId': 2}}}, 'selection': {'code': true}}");
        assertThat(compound.args().where()).isEqualTo(new Filter.And(List.of(
                Filter.eq(scalar("Membership", "userId"), 1), Filter.eq(scalar("Membership", "teamId"), 2))));
        FindQuery named = (FindQuery) read("Membership", "findUnique",
                "{'arguments': {'where': {'codeSlot': {'code': 'a', 'slot': 2}}}, 'selection': {'code': true}}");
        assertThat(named.args().where()).isEqualTo(new Filter.And(List.of(
                Filter.eq(scalar("Membership", "code"), "a"), Filter.eq(scalar("Membership", "slot"), 2))));
    }

    @Test
    void pagingDistinctAndRelationLoadStrategy() {
        FindQuery q = (FindQuery) read("User", "findMany", """
                {'arguments': {'cursor': {'email': 'a@b.c'}, 'take': -3, 'skip': 2, 'distinct': ['name', 'role'],
                  'relationLoadStrategy': 'join'}, 'selection': {'id': true}}""");
        assertThat(q.args()).isEqualTo(new ReadArgs(Filter.TRUE, List.of(), Filter.eq(scalar("User", "email"), "a@b.c"),
                2L, -3L, List.of(scalar("User", "name"), scalar("User", "role")), RelationLoadStrategy.JOIN));
    }

    @Test
    void orderByEveryForm() {
        FindQuery q = (FindQuery) read("Post", "findMany", """
                {'arguments': {'orderBy': [{'title': 'asc'}, {'authorId': {'sort': 'desc', 'nulls': 'first'}},
                  {'author': {'name': {'sort': 'asc', 'nulls': 'last'}}}, {'author': {'posts': {'_count': 'desc'}}},
                  {'_relevance': {'fields': ['title'], 'search': 'cat', 'sort': 'asc'}}]},
                 'selection': {'id': true}}""");
        List<dev.refract.model.RelationField> viaAuthor = List.of(relation("Post", "author"));
        assertThat(q.args().orderBy()).containsExactly(
                new OrderBy.ByScalar(scalar("Post", "title"), SortOrder.ASC),
                new OrderBy.ByScalar(List.of(), scalar("Post", "authorId"), SortOrder.DESC, OrderBy.Nulls.FIRST),
                new OrderBy.ByScalar(viaAuthor, scalar("User", "name"), SortOrder.ASC, OrderBy.Nulls.LAST),
                new OrderBy.ByRelationCount(viaAuthor, relation("User", "posts"), SortOrder.DESC),
                new OrderBy.ByRelevance(List.of(scalar("Post", "title")), "cat", SortOrder.ASC));
        FindQuery single = (FindQuery) read("Post", "findMany",
                "{'arguments': {'orderBy': {'likes': 'desc'}}, 'selection': {'id': true}}");
        assertThat(single.args().orderBy()).containsExactly(new OrderBy.ByScalar(scalar("Post", "likes"), SortOrder.DESC));
    }

    @Test
    void countAndAggregates() {
        AggregateQuery count = (AggregateQuery) read("Post", "aggregate", """
                {'arguments': {'where': {'likes': {'gt': 1}}, 'skip': 1, 'take': 5},
                 'selection': {'_count': {'arguments': {}, 'selection': {'_all': true}}}}""");
        assertThat(count.args().skip()).isEqualTo(1L);
        assertThat(count.args().take()).isEqualTo(5L);
        assertThat(count.aggregates()).containsExactly(new Aggregate(Aggregate.Function.COUNT, List.of(), true, 0, false));
        AggregateQuery all = (AggregateQuery) read("Post", "aggregate", """
                {'selection': {'_count': {'selection': {'title': true, '_all': true}}, '_avg': {'selection': {'likes': true}},
                 '_sum': {'selection': {'likes': true, 'id': true}}, '_min': {'selection': {'title': true}},
                 '_max': {'selection': {'published': true}}}}""");
        assertThat(all.aggregates()).containsExactly(
                new Aggregate(Aggregate.Function.COUNT, List.of(scalar("Post", "title")), true, 1, false),
                new Aggregate(Aggregate.Function.AVG, List.of(scalar("Post", "likes")), false, -1, false),
                new Aggregate(Aggregate.Function.SUM, List.of(scalar("Post", "likes"), scalar("Post", "id")), false, -1, false),
                new Aggregate(Aggregate.Function.MIN, List.of(scalar("Post", "title")), false, -1, false),
                new Aggregate(Aggregate.Function.MAX, List.of(scalar("Post", "published")), false, -1, false));
    }

    @Test
    void groupByWithHavingAndAggregateOrder() {
        GroupByQuery q = (GroupByQuery) read("Post", "groupBy", """
                {'arguments': {'by': ['authorId', 'published'], 'where': {'likes': {'gte': 0}},
                  'having': {'likes': {'_avg': {'gt': 2.5}}, 'published': true},
                  'orderBy': [{'authorId': 'asc'}, {'_count': {'id': 'desc'}}], 'take': 3, 'skip': 1},
                 'selection': {'authorId': true, '_sum': {'selection': {'likes': true}}}}""");
        assertThat(q.by()).containsExactly(scalar("Post", "authorId"), scalar("Post", "published"));
        assertThat(q.where()).isEqualTo(new Filter.Scalar(scalar("Post", "likes"), Filter.ScalarOp.GTE, 0, false));
        assertThat(q.having()).isEqualTo(new Filter.And(List.of(
                new Filter.Aggregated(Aggregate.Function.AVG,
                        new Filter.Scalar(scalar("Post", "likes"), Filter.ScalarOp.GT, 2.5, false)),
                Filter.eq(scalar("Post", "published"), true))));
        assertThat(q.orderBy()).containsExactly(new OrderBy.ByScalar(scalar("Post", "authorId"), SortOrder.ASC),
                new OrderBy.ByAggregate(Aggregate.Function.COUNT, scalar("Post", "id"), SortOrder.DESC));
        assertThat(q.selection()).containsExactly(scalar("Post", "authorId"),
                new Aggregate(Aggregate.Function.SUM, List.of(scalar("Post", "likes")), false, -1, false));
        assertThat(q.take()).isEqualTo(3L);
        assertThat(q.skip()).isEqualTo(1L);
        GroupByQuery single = (GroupByQuery) read("Post", "groupBy",
                "{'arguments': {'by': 'published'}, 'selection': {'published': true}}");
        assertThat(single.by()).containsExactly(scalar("Post", "published"));
    }

    @Test
    void groupBySelectingAFieldOutsideByFails() {
        assertThatThrownBy(() -> read("Post", "groupBy", "{'arguments': {'by': ['published']}, 'selection': {'title': true}}"))
                .isInstanceOf(QueryValidationException.class)
                .hasMessage("Every selected scalar field that is not part of an aggregation must be included in the "
                        + "by-arguments of the query. Missing fields: title");
    }

    @Test
    void invalidWritesAndUnknownOperationsAreRefused() {
        assertThatThrownBy(() -> read("Post", "createOne", "{'arguments': {'data': {'id': 1}}, 'selection': {'id': true}}"))
                .isInstanceOf(QueryValidationException.class).hasMessageStartingWith("Unable to match input value");
        assertThatThrownBy(() -> read("Post", "updateOne", "{'arguments': {}, 'selection': {'id': true}}"))
                .isInstanceOf(QueryValidationException.class).hasMessage("`data`: A value is required but not set");
        assertThatThrownBy(() -> read("Nope", "findMany", "{'selection': {'id': true}}"))
                .isInstanceOf(ProtocolException.class)
                .hasMessage("Operation 'findMany' for model 'Nope' does not match any query.");
        assertThatThrownBy(() -> read("Post", "findMany",
                "{'arguments': {'where': {'id': {'$type': 'Param', 'value': 'p1'}}}, 'selection': {'id': true}}"))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("Param");
        assertThatThrownBy(() -> dev.refract.engine.protocol.ProtocolReader.read(RichSchema.SCHEMA, "{"))
                .isInstanceOf(ProtocolException.class).hasMessageStartingWith("Invalid JSON protocol request");
    }
}
