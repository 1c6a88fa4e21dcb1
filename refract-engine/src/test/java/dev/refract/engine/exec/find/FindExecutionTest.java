package dev.refract.engine.exec.find;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refract.engine.QueryEngine;
import dev.refract.engine.error.RecordNotFoundException;
import dev.refract.engine.events.QueryEvent;
import dev.refract.engine.ir.Action;
import dev.refract.engine.ir.Filter;
import dev.refract.engine.ir.FindQuery;
import dev.refract.engine.ir.ReadArgs;
import dev.refract.engine.ir.RelationLoadStrategy;
import dev.refract.engine.ir.Selection;
import dev.refract.engine.ir.Values;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * End-to-end finds on a seeded database, run by each dialect's subclass. Every include test checks
 * both the stitched result and the number of statements it cost, in the batched default and in
 * join mode (which must give the same result in exactly one statement).
 */
abstract class FindExecutionTest {
    QueryEngine engine;
    QueryEngine roundTrip;
    Ir ir;
    final List<QueryEvent> events = new CopyOnWriteArrayList<>();

    abstract FindFixture fixture();

    @BeforeEach
    void engine() {
        engine = QueryEngine.builder(fixture().schema(), fixture().dataSource()).oneRoundTrip(false).build();
        engine.addListener(events::add);
        roundTrip = QueryEngine.builder(fixture().schema(), fixture().dataSource()).oneRoundTrip(true).build();
        roundTrip.addListener(events::add);
        ir = new Ir(fixture().schema());
    }

    /** Runs {@code q} in the default strategy and in join mode; checks both give the same and their costs. */
    Object both(FindQuery q, int batchedStatements) {
        events.clear();
        Object batched = engine.execute(Ir.withStrategy(q, RelationLoadStrategy.QUERY));
        assertThat(events).as("statements of %s", events).hasSize(batchedStatements);
        events.clear();
        Object joined = engine.execute(Ir.withStrategy(q, RelationLoadStrategy.JOIN));
        assertThat(events).as("join mode statements %s", events).hasSize(1);
        assertThat(Show.of(joined)).isEqualTo(Show.of(batched));
        events.clear();
        Object oneTrip = roundTrip.execute(Ir.withStrategy(q, RelationLoadStrategy.QUERY));
        assertThat(events).as("one round trip %s", events).hasSize(roundTripStatements(batchedStatements));
        assertThat(Show.of(oneTrip)).isEqualTo(Show.of(batched));
        return batched;
    }

    /** The statements of the one-round-trip variant for a tree the batched strategy runs in {@code batched}. */
    abstract int roundTripStatements(int batched);

    ReadArgs byId() {
        return Ir.args(Filter.TRUE, List.of(ir.asc("User", "id")), null, null);
    }

    @Test
    void everyScalarTypeRoundTrips() {
        @SuppressWarnings("unchecked")
        Map<String, Object> ann = (Map<String, Object>) engine.execute(ir.find(Action.FIND_UNIQUE, "User",
                ReadArgs.where(ir.eq("User", "id", 1)), ir.all("User")));
        assertThat(ann.get("id")).isEqualTo(1);
        assertThat(ann.get("email")).isEqualTo("ann@x.io");
        assertThat(ann.get("role")).isEqualTo("ADMIN");
        assertThat(ann.get("big")).isEqualTo(FindFixture.BIG1);
        assertThat(ann.get("score")).isEqualTo(FindFixture.SCORE1);
        assertThat((BigDecimal) ann.get("balance")).isEqualByComparingTo("12345678.91");
        assertThat(ann.get("active")).isEqualTo(true);
        assertThat(ann.get("born")).isEqualTo(FindFixture.BORN1);
        assertThat(ann.get("meta")).isEqualTo(new Values.Json(FindFixture.META1));
        assertThat((byte[]) ann.get("avatar")).containsExactly(FindFixture.AVATAR1);
        assertThat(ann.get("managerId")).isNull();
        assertThat(List.copyOf(ann.keySet())).isEqualTo(
                ir.model("User").scalarFields().stream().map(f -> f.name()).toList());
    }

    @Test
    void scalarsSurviveJoinModeExactly() {
        // The same scalars, read through JSON built by the database, must come back identical.
        Object posts = both(ir.many("Post", Ir.args(Filter.TRUE, List.of(ir.asc("Post", "id")), null, null),
                Ir.with(ir.all("Post"), ir.rel("Post", "author", ir.all("User")))), 2);
        assertThat(Show.of(posts)).contains("createdAt=2024-01-01T10:00:00.123Z");
        Object out = both(ir.many("User", byId(), Ir.with(ir.select("User", "id"), ir.rel("User", "reports",
                Ir.args(Filter.TRUE, List.of(ir.asc("User", "id")), null, null), ir.all("User")))), 2);
        assertThat(Show.of(out)).contains("born=1969-12-31T23:59:59.001Z", "balance=-7d", "role=USER", "meta=[]", "meta=\"s\"", "score=1.0E300", "score=-1.5E-300", "avatar=0x,",
                "big=" + Long.MAX_VALUE + "L");
    }

    @Test
    void findUniqueFindsOneOrNull() {
        Object none = engine.execute(ir.find(Action.FIND_UNIQUE, "User", ReadArgs.where(ir.eq("User", "id", 99)),
                ir.select("User", "id")));
        assertThat(none).isNull();
        Object first = engine.execute(ir.find(Action.FIND_FIRST, "User",
                Ir.args(ir.eq("User", "active", false), List.of(ir.asc("User", "id")), null, null),
                ir.select("User", "id", "email")));
        assertThat(Show.of(first)).isEqualTo("{id=2, email=bob@x.io}");
    }

    @Test
    void orThrowRaisesP2025() {
        for (Action action : List.of(Action.FIND_UNIQUE_OR_THROW, Action.FIND_FIRST_OR_THROW)) {
            assertThatThrownBy(() -> engine.execute(ir.find(action, "User", ReadArgs.where(ir.eq("User", "id", 99)),
                    ir.select("User", "id"))))
                    .isInstanceOfSatisfying(RecordNotFoundException.class, e -> {
                        assertThat(e.code()).isEqualTo("P2025");
                        assertThat(e.getMessage()).isEqualTo("An operation failed because it depends on one or more"
                                + " records that were required but not found. No record was found for a query.");
                        assertThat(e.meta()).containsEntry("modelName", "User");
                    });
        }
        Object found = engine.execute(ir.find(Action.FIND_UNIQUE_OR_THROW, "User",
                ReadArgs.where(ir.eq("User", "id", 3)), ir.select("User", "email")));
        assertThat(Show.of(found)).isEqualTo("{email=cid@x.io}");
    }

    @Test
    void includeTreeCostsOneStatementPerLevel() {
        Selection comments = ir.select("Comment", "id", "body");
        Selection posts = Ir.with(ir.select("Post", "id", "title"),
                ir.rel("Post", "comments", Ir.args(Filter.TRUE, List.of(ir.asc("Comment", "id")), null, null),
                        comments));
        FindQuery q = ir.many("User", byId(), Ir.with(ir.select("User", "id"),
                ir.rel("User", "posts", Ir.args(Filter.TRUE, List.of(ir.asc("Post", "id")), null, null), posts)));
        Object out = both(q, 3);
        assertThat(Show.of(out)).isEqualTo("[{id=1, posts=[{id=1, title=p1, comments=[{id=1, body=c1}, {id=2, body=c2}]},"
                + " {id=2, title=p2, comments=[]}, {id=4, title=p4, comments=[]}]},"
                + " {id=2, posts=[{id=3, title=p3, comments=[{id=3, body=c3}]}]}, {id=3, posts=[]}, {id=4, posts=[]}]");
        // The statement for each level is one statement whatever the number of parents.
    }

    @Test
    void toOneFromBothSides() {
        FindQuery q = ir.many("User", byId(), Ir.with(ir.select("User", "id"),
                ir.rel("User", "profile", ir.select("Profile", "bio")),
                ir.rel("User", "manager", ir.select("User", "email"))));
        assertThat(Show.of(both(q, 3))).isEqualTo("[{id=1, profile={bio=Ann's bio}, manager=null},"
                + " {id=2, profile=null, manager={email=ann@x.io}}, {id=3, profile={bio=Cid's}, manager={email=ann@x.io}},"
                + " {id=4, profile=null, manager={email=bob@x.io}}]");
        FindQuery back = ir.many("Profile", Ir.args(Filter.TRUE, List.of(ir.asc("Profile", "id")), null, null),
                Ir.with(ir.select("Profile", "id"), ir.rel("Profile", "user", ir.select("User", "name"))));
        assertThat(Show.of(both(back, 2))).isEqualTo("[{id=1, user={name=Ann}}, {id=3, user={name=Cid}}]");
    }

    @Test
    void selfRelationsOneToManyAndManyToMany() {
        ReadArgs ordered = Ir.args(Filter.TRUE, List.of(ir.asc("User", "id")), null, null);
        FindQuery q = ir.many("User", byId(), Ir.with(ir.select("User", "id"),
                ir.rel("User", "reports", ordered, ir.select("User", "id")),
                ir.rel("User", "friends", ordered, ir.select("User", "id")),
                ir.rel("User", "friendOf", ordered, ir.select("User", "id"))));
        String out = Show.of(both(q, 4));
        // Join table rows (A, B): (1,2), (1,3), (2,3); friendOf is side A ("friendOf" < "friends").
        assertThat(out).isEqualTo("[{id=1, reports=[{id=2}, {id=3}], friends=[], friendOf=[{id=2}, {id=3}]},"
                + " {id=2, reports=[{id=4}], friends=[{id=1}], friendOf=[{id=3}]},"
                + " {id=3, reports=[], friends=[{id=1}, {id=2}], friendOf=[]}, {id=4, reports=[], friends=[], friendOf=[]}]");
    }

    @Test
    void manyToManyCursorAndDistinctApplyPerParent() {
        ReadArgs fromTech = new ReadArgs(Filter.TRUE, List.of(ir.asc("Category", "id")), ir.eq("Category", "id", 2),
                null, null, List.of(), null);
        FindQuery q = ir.many("Post", Ir.args(Filter.TRUE, List.of(ir.asc("Post", "id")), null, null),
                Ir.with(ir.select("Post", "id"), ir.rel("Post", "categories", fromTech, ir.select("Category", "id", "name"))));
        // Post 1 holds news (1) and tech (2): from tech on. Post 3 holds only news: no cursor row, nothing.
        String expected = "[{id=1, categories=[{id=2, name=tech}]}, {id=2, categories=[]}, {id=3, categories=[]},"
                + " {id=4, categories=[]}]";
        assertThat(Show.of(engine.execute(Ir.withStrategy(q, RelationLoadStrategy.QUERY)))).isEqualTo(expected);
        assertThat(Show.of(roundTrip.execute(Ir.withStrategy(q, RelationLoadStrategy.QUERY)))).isEqualTo(expected);

        ReadArgs fromNewsSkipOne = new ReadArgs(Filter.TRUE, List.of(ir.asc("Category", "id")),
                ir.eq("Category", "id", 1), 1L, 1L, List.of(), null);
        FindQuery paged = ir.many("Post", Ir.args(Filter.TRUE, List.of(ir.asc("Post", "id")), null, null),
                Ir.with(ir.select("Post", "id"), ir.rel("Post", "categories", fromNewsSkipOne,
                        ir.select("Category", "id", "name"))));
        assertThat(Show.of(engine.execute(Ir.withStrategy(paged, RelationLoadStrategy.QUERY)))).isEqualTo(
                "[{id=1, categories=[{id=2, name=tech}]}, {id=2, categories=[]}, {id=3, categories=[]},"
                        + " {id=4, categories=[]}]");

        ReadArgs distinctTakeOne = new ReadArgs(Filter.TRUE, List.of(ir.asc("Category", "id")), null, null, 1L,
                List.of(fixture().schema().requireModel("Category").scalarField("name").orElseThrow()), null);
        FindQuery distinct = ir.many("Post", Ir.args(Filter.TRUE, List.of(ir.asc("Post", "id")), null, null),
                Ir.with(ir.select("Post", "id"), ir.rel("Post", "categories", distinctTakeOne,
                        ir.select("Category", "id", "name"))));
        assertThat(Show.of(roundTrip.execute(Ir.withStrategy(distinct, RelationLoadStrategy.QUERY)))).isEqualTo(
                "[{id=1, categories=[{id=1, name=news}]}, {id=2, categories=[]}, {id=3, categories=[{id=1, name=news}]},"
                        + " {id=4, categories=[]}]");
    }

    @Test
    void manyToManyBothWays() {
        FindQuery posts = ir.many("Post", Ir.args(Filter.TRUE, List.of(ir.asc("Post", "id")), null, null),
                Ir.with(ir.select("Post", "id", "title"), ir.rel("Post", "categories",
                        Ir.args(Filter.TRUE, List.of(ir.asc("Category", "id")), null, null), ir.select("Category", "name"))));
        assertThat(Show.of(both(posts, 2))).isEqualTo("[{id=1, title=p1, categories=[{name=news}, {name=tech}]},"
                + " {id=2, title=p2, categories=[]}, {id=3, title=p3, categories=[{name=news}]},"
                + " {id=4, title=p4, categories=[]}]");
        FindQuery cats = ir.many("Category", Ir.args(Filter.TRUE, List.of(ir.asc("Category", "id")), null, null),
                Ir.with(ir.select("Category", "name"), ir.rel("Category", "posts",
                        Ir.args(Filter.TRUE, List.of(ir.asc("Post", "id")), null, null),
                        Ir.with(ir.select("Post", "title"), ir.rel("Post", "author", ir.select("User", "id"))))));
        assertThat(Show.of(both(cats, 3))).isEqualTo("[{name=news, posts=[{title=p1, author={id=1}},"
                + " {title=p3, author={id=2}}]}, {name=tech, posts=[{title=p1, author={id=1}}]}, {name=empty, posts=[]}]");
    }

    @Test
    void compoundKeys() {
        FindQuery q = ir.many("Membership", Ir.args(Filter.TRUE, List.of(ir.asc("Membership", "orgId"),
                ir.asc("Membership", "userKey")), null, null), Ir.with(ir.select("Membership", "label"),
                ir.rel("Membership", "notes", Ir.args(Filter.TRUE, List.of(ir.asc("Note", "id")), null, null),
                        ir.select("Note", "text"))));
        assertThat(Show.of(both(q, 2))).isEqualTo("[{label=1a, notes=[{text=n1}, {text=n2}]}, {label=1b, notes=[]},"
                + " {label=2a, notes=[{text=n3}]}]");
        FindQuery back = ir.many("Note", Ir.args(Filter.TRUE, List.of(ir.asc("Note", "id")), null, null),
                Ir.with(ir.select("Note", "id"), ir.rel("Note", "membership", ir.select("Membership", "label"))));
        assertThat(Show.of(both(back, 2))).isEqualTo("[{id=1, membership={label=1a}}, {id=2, membership={label=1a}},"
                + " {id=3, membership={label=2a}}]");
    }

    @Test
    void countsAreCorrelatedNotPerParent() {
        Selection.Count count = new Selection.Count(List.of(
                new Selection.RelationCount(ir.relation("User", "posts"), Filter.TRUE),
                new Selection.RelationCount(ir.relation("User", "posts"), ir.eq("Post", "published", false)),
                new Selection.RelationCount(ir.relation("User", "friendOf"), Filter.TRUE),
                new Selection.RelationCount(ir.relation("User", "friends"), ir.eq("User", "id", 2))));
        FindQuery q = ir.many("User", byId(), Ir.with(ir.select("User", "id"), count));
        events.clear();
        Object out = engine.execute(q);
        assertThat(events).hasSize(1);
        assertThat(Show.of(out)).isEqualTo("[{id=1, _count={posts=1, friendOf=2, friends=0}},"
                + " {id=2, _count={posts=0, friendOf=1, friends=0}}, {id=3, _count={posts=0, friendOf=0, friends=1}},"
                + " {id=4, _count={posts=0, friendOf=0, friends=0}}]");
    }

    @Test
    void nestedCountsInBothModes() {
        Selection.Count count = new Selection.Count(List.of(
                new Selection.RelationCount(ir.relation("Post", "comments"), Filter.TRUE),
                new Selection.RelationCount(ir.relation("Post", "categories"), ir.eq("Category", "name", "tech"))));
        FindQuery q = ir.many("User", byId(), Ir.with(ir.select("User", "id"), ir.rel("User", "posts",
                Ir.args(Filter.TRUE, List.of(ir.asc("Post", "id")), null, null), Ir.with(ir.select("Post", "id"), count))));
        assertThat(Show.of(both(q, 2))).isEqualTo("[{id=1, posts=[{id=1, _count={comments=2, categories=1}},"
                + " {id=2, _count={comments=0, categories=0}}, {id=4, _count={comments=0, categories=0}}]},"
                + " {id=2, posts=[{id=3, _count={comments=1, categories=0}}]}, {id=3, posts=[]}, {id=4, posts=[]}]");
    }

    @Test
    void noParentsNoChildStatements() {
        FindQuery q = ir.many("User", ReadArgs.where(ir.eq("User", "id", 99)), Ir.with(ir.select("User", "id"),
                ir.rel("User", "posts", Ir.with(ir.select("Post", "id"),
                        ir.rel("Post", "comments", ir.select("Comment", "id"))))));
        events.clear();
        assertThat(engine.execute(q)).isEqualTo(List.of());
        assertThat(events).hasSize(1);
    }

    @Test
    void listenerSeesSqlParametersAndRequest() {
        FindQuery q = ir.many("User", ReadArgs.where(ir.eq("User", "email", "bob@x.io")), ir.select("User", "id"));
        events.clear();
        engine.execute(q);
        QueryEvent e = events.get(0);
        assertThat(e.sql()).contains("SELECT").contains("\"email\"");
        assertThat(e.params()).contains("bob@x.io");
        assertThat(e.request()).isSameAs(q);
        assertThat(e.duration()).isPositive();
        assertThat(e.rows()).isEqualTo(1);
    }

    String postsOfUsers(ReadArgs postArgs) {
        FindQuery q = ir.many("User", Ir.args(ir.eq("User", "active", true), List.of(ir.asc("User", "id")), null, null),
                Ir.with(ir.select("User", "id"), ir.rel("User", "posts", postArgs, ir.select("Post", "id"))));
        return Show.of(both(q, 2));
    }

    @Test
    void nestedArgsApplyPerParent() {
        // Active users are 1 (posts 1, 2, 4) and 3 (none); user 2's post 3 is out of the parents.
        assertThat(postsOfUsers(Ir.args(ir.eq("Post", "published", true), List.of(ir.desc("Post", "id")), null, 1L)))
                .isEqualTo("[{id=1, posts=[{id=4}]}, {id=3, posts=[]}]");
        assertThat(postsOfUsers(Ir.args(Filter.TRUE, List.of(ir.asc("Post", "id")), 1L, null)))
                .isEqualTo("[{id=1, posts=[{id=2}, {id=4}]}, {id=3, posts=[]}]");
        assertThat(postsOfUsers(Ir.args(Filter.TRUE, List.of(ir.asc("Post", "id")), null, -2L)))
                .isEqualTo("[{id=1, posts=[{id=2}, {id=4}]}, {id=3, posts=[]}]");
        assertThat(postsOfUsers(new ReadArgs(Filter.TRUE, List.of(ir.asc("Post", "id")), ir.eq("Post", "id", 2), null,
                null, List.of(), null))).isEqualTo("[{id=1, posts=[{id=2}, {id=4}]}, {id=3, posts=[]}]");
        assertThat(postsOfUsers(new ReadArgs(Filter.TRUE, List.of(ir.asc("Post", "id")), null, null, null,
                List.of(ir.scalar("Post", "published")), null))).isEqualTo("[{id=1, posts=[{id=1}, {id=2}]}, {id=3, posts=[]}]");
    }

    @Test
    void nestedPaginationThroughJoinTable() {
        FindQuery q = ir.many("Category", Ir.args(Filter.TRUE, List.of(ir.asc("Category", "id")), null, null),
                Ir.with(ir.select("Category", "name"), ir.rel("Category", "posts",
                        Ir.args(Filter.TRUE, List.of(ir.desc("Post", "id")), null, 1L), ir.select("Post", "id"))));
        assertThat(Show.of(both(q, 2))).isEqualTo("[{name=news, posts=[{id=3}]}, {name=tech, posts=[{id=1}]},"
                + " {name=empty, posts=[]}]");
        FindQuery last = ir.many("Category", Ir.args(Filter.TRUE, List.of(ir.asc("Category", "id")), null, null),
                Ir.with(ir.select("Category", "name"), ir.rel("Category", "posts",
                        Ir.args(ir.eq("Post", "published", true), List.of(ir.asc("Post", "id")), 0L, -1L),
                        ir.select("Post", "id"))));
        assertThat(Show.of(both(last, 2))).isEqualTo("[{name=news, posts=[{id=3}]}, {name=tech, posts=[{id=1}]},"
                + " {name=empty, posts=[]}]");
    }

    @Test
    void findFirstWithIncludesInBothModes() {
        FindQuery q = ir.find(Action.FIND_FIRST, "User", Ir.args(Filter.TRUE, List.of(ir.desc("User", "id")), null,
                null), Ir.with(ir.select("User", "id"), ir.rel("User", "manager", Ir.with(ir.select("User", "id"),
                ir.rel("User", "manager", ir.select("User", "email"))))));
        assertThat(Show.of(both(q, 3))).isEqualTo("{id=4, manager={id=2, manager={email=ann@x.io}}}");
    }

    @Test
    void sameShapeSameSqlWithEachCallsValues() {
        List<String> texts = new java.util.ArrayList<>();
        for (String email : List.of("ann@x.io", "bob@x.io", "cid@x.io", "dee@x.io", "ann@x.io")) {
            FindQuery q = ir.many("User", ReadArgs.where(ir.eq("User", "email", email)), Ir.with(ir.select("User", "id"),
                    ir.rel("User", "posts", Ir.args(ir.eq("Post", "published", true), List.of(ir.asc("Post", "id")),
                            null, null), ir.select("Post", "id"))));
            for (RelationLoadStrategy s : RelationLoadStrategy.values()) {
                events.clear();
                Object out = engine.execute(Ir.withStrategy(q, s));
                String expected = switch (email) {
                    case "ann@x.io" -> "[{id=1, posts=[{id=1}, {id=4}]}]";
                    case "bob@x.io" -> "[{id=2, posts=[{id=3}]}]";
                    case "cid@x.io" -> "[{id=3, posts=[]}]";
                    default -> "[{id=4, posts=[]}]";
                };
                assertThat(Show.of(out)).as(email + " " + s).isEqualTo(expected);
                assertThat(events.get(0).params()).contains(email);
                texts.add(s + events.get(0).sql());
            }
        }
        assertThat(texts.stream().distinct().count()).isEqualTo(2);
    }

    @Test
    void aggregatesAreReportedToo() {
        events.clear();
        engine.execute(new dev.refract.engine.ir.AggregateQuery(ir.model("Post"), ReadArgs.NONE, List.of(
                new dev.refract.engine.ir.Aggregate(dev.refract.engine.ir.Aggregate.Function.COUNT, List.of(), true, 0,
                        true))));
        assertThat(events).hasSize(1);
        assertThat(events.get(0).sql()).contains("COUNT");
    }

    @Test
    void defaultVariantIsTheMeasuredFastest() {
        QueryEngine byDefault = QueryEngine.create(fixture().schema(), fixture().dataSource());
        byDefault.addListener(events::add);
        events.clear();
        Object out = byDefault.execute(ir.many("User", byId(), Ir.with(ir.select("User", "id"), ir.rel("User", "posts",
                Ir.args(Filter.TRUE, List.of(ir.asc("Post", "id")), null, null), ir.select("Post", "id")))));
        assertThat(Show.of(out)).startsWith("[{id=1, posts=[{id=1}, {id=2}, {id=4}]}");
        boolean bySubquery = events.get(1).sql().contains("IN (SELECT");
        assertThat(bySubquery).isEqualTo(fixture().schema().provider().equals("sqlite"));
    }
}
