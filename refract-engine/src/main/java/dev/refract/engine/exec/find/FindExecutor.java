package dev.refract.engine.exec.find;

import dev.refract.engine.error.RecordNotFoundException;
import dev.refract.engine.exec.StatementRunner;
import dev.refract.engine.ir.Action;
import dev.refract.engine.ir.FindQuery;
import dev.refract.engine.ir.ReadArgs;
import dev.refract.engine.ir.RelationLoadStrategy;
import dev.refract.engine.sql.Dialect;
import dev.refract.engine.ir.Selection;
import dev.refract.model.Model;
import dev.refract.model.SchemaModel;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs the five find actions: plans the include tree, loads it with the query's relation load
 * strategy (or the engine's default), and shapes the result: a list for findMany, one record or
 * null for the others, P2025 for the {@code OrThrow} variants when nothing matched.
 */
public final class FindExecutor {
    /** Prisma's cause text when an {@code OrThrow} find matched nothing. */
    static final String NOT_FOUND_CAUSE = "No record was found for a query.";

    private final SchemaModel schema;
    private final StatementRunner runner;
    private final RelationLoadStrategy defaultStrategy;
    private final LevelSql levelSql;
    private final BatchedLoader batched;
    private final JoinLoader join;
    private final RoundTripLoader roundTrip;
    private final boolean oneRoundTrip;
    private static final int MAX_PLANS = 64;
    private final Map<PlanKey, LevelPlan> plans = new ConcurrentHashMap<>();

    /**
     * @param oneRoundTrip for the {@code query} strategy: select each relation by its parents'
     *     statement as a subquery and send all statements at once, instead of one batched statement
     *     per relation with the parents' keys
     */
    public FindExecutor(SchemaModel schema, Dialect dialect, String defaultSchema, StatementRunner runner,
                        RelationLoadStrategy defaultStrategy, boolean oneRoundTrip) {
        this.schema = schema;
        this.runner = runner;
        this.defaultStrategy = defaultStrategy;
        this.levelSql = new LevelSql(schema, dialect, defaultSchema);
        this.batched = new BatchedLoader(levelSql, runner);
        this.join = new JoinLoader(schema, levelSql, runner);
        this.roundTrip = new RoundTripLoader(levelSql, runner);
        this.oneRoundTrip = oneRoundTrip;
    }

    /** Runs {@code query} on {@code connection}: a {@code List} of records, or one record or null. */
    public Object execute(Connection connection, FindQuery query) {
        ReadArgs args = query.args();
        Action action = query.action();
        if (action == Action.FIND_FIRST || action == Action.FIND_FIRST_OR_THROW) {
            // findFirst is findMany taking one; a negative take keeps its direction.
            args = args.withTake(args.take() != null && args.take() < 0 ? -1L : 1L);
        }
        LevelPlan plan = plan(query.model(), query.selection());
        RelationLoadStrategy strategy = args.relationLoadStrategy() != null ? args.relationLoadStrategy()
                : defaultStrategy;
        List<Map<String, Object>> records;
        if (plan.children.isEmpty()) {
            records = batched.load(connection, query, plan, args);
        } else if (strategy == RelationLoadStrategy.JOIN) {
            records = join.load(connection, query, plan, args);
        } else if (oneRoundTrip) {
            records = roundTrip.load(connection, query, plan, args);
        } else {
            records = batched.load(connection, query, plan, args);
        }
        if (action == Action.FIND_MANY) {
            return records;
        }
        if (records.isEmpty()) {
            if (action.throwsWhenEmpty()) {
                throw new RecordNotFoundException(
                        "An operation failed because it depends on one or more records that were required but not "
                                + "found. " + NOT_FOUND_CAUSE,
                        Map.of("modelName", query.model().name(), "operation", "a query"));
            }
            return null;
        }
        return records.get(0);
    }

    /**
     * The plan of a selection, reused for every selection of the same shape: a typed client builds
     * its include selection afresh on each call, so identity alone would plan every call again.
     * Bounded; cleared when full.
     */
    private LevelPlan plan(Model model, Selection selection) {
        PlanKey key = new PlanKey(model, selection);
        LevelPlan plan = plans.get(key);
        if (plan == null) {
            plan = LevelPlan.build(schema, model, selection, List.of());
            if (plans.size() >= MAX_PLANS) {
                plans.clear();
            }
            plans.put(key, plan);
        }
        return plan;
    }

    StatementRunner runner() {
        return runner;
    }
}
