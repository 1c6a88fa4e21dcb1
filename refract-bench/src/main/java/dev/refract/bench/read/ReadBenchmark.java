package dev.refract.bench.read;

import dev.refract.bench.BenchModels;
import dev.refract.bench.SingleConnectionDataSource;
import dev.refract.engine.QueryEngine;
import dev.refract.engine.ir.Action;
import dev.refract.engine.ir.Filter;
import dev.refract.engine.ir.FindQuery;
import dev.refract.engine.ir.OrderBy;
import dev.refract.engine.ir.ReadArgs;
import dev.refract.engine.ir.RelationLoadStrategy;
import dev.refract.engine.ir.Selection;
import dev.refract.model.Model;
import dev.refract.model.SchemaModel;
import dev.refract.model.SortOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 3's read cases, each side by side with hand-written JDBC doing the same work on the same
 * connection and data ({@link ReadFixture}). Refract runs the IR the typed client builds; the
 * JDBC side maps rows into records. Compare ratios within one run.
 *
 * <pre>java -jar refract-bench/target/benchmarks.jar ReadBenchmark</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReadBenchmark {
    @Param({"postgresql", "sqlite"})
    public String database;

    private Connection connection;
    private QueryEngine engine;
    private JdbcReads jdbc;
    private Model user;
    private Selection userScalars;
    private FindQuery findMany1000;
    private FindQuery include100x10;
    private FindQuery include100x10Join;
    private FindQuery filtered20;
    private int nextId;
    private Path sqliteFile;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        boolean sqlite = database.equals("sqlite");
        String url;
        if (sqlite) {
            sqliteFile = Files.createTempFile("refract-bench-", ".db");
            url = "jdbc:sqlite:" + sqliteFile;
            ReadFixture.prepareSqlite(url);
        } else {
            ReadFixture.preparePostgres();
            url = ReadFixture.postgresUrl();
        }
        connection = DriverManager.getConnection(url);
        SchemaModel schema = BenchModels.read(database);
        engine = QueryEngine.builder(schema, new SingleConnectionDataSource(connection)).build();
        jdbc = new JdbcReads(sqlite);

        user = schema.requireModel("User");
        Model post = schema.requireModel("Post");
        userScalars = BenchModels.scalars(user);
        Selection postScalars = BenchModels.scalars(post);
        OrderBy byId = new OrderBy.ByScalar(user.scalarField("id").orElseThrow(), SortOrder.ASC);
        findMany1000 = new FindQuery(user, Action.FIND_MANY,
                new ReadArgs(Filter.TRUE, List.of(byId), null, null, 1000L, List.of(), null), userScalars);
        Selection withPosts = BenchModels.with(userScalars, new Selection.Relation(
                user.relationField("posts").orElseThrow(), ReadArgs.NONE, postScalars));
        include100x10 = new FindQuery(user, Action.FIND_MANY,
                new ReadArgs(Filter.TRUE, List.of(byId), null, null, 100L, List.of(), RelationLoadStrategy.QUERY),
                withPosts);
        include100x10Join = new FindQuery(user, Action.FIND_MANY,
                new ReadArgs(Filter.TRUE, List.of(byId), null, null, 100L, List.of(), RelationLoadStrategy.JOIN),
                withPosts);
        Filter where = new Filter.And(List.of(
                new Filter.Scalar(user.scalarField("age").orElseThrow(), Filter.ScalarOp.GTE, 30, false),
                new Filter.Scalar(user.scalarField("name").orElseThrow(), Filter.ScalarOp.STARTS_WITH, "c", false)));
        filtered20 = new FindQuery(user, Action.FIND_MANY,
                new ReadArgs(where, List.of(byId), null, null, 20L, List.of(), null), userScalars);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        connection.close();
        if (sqliteFile != null) {
            Files.deleteIfExists(sqliteFile);
        }
    }

    private int nextId() {
        nextId = nextId % ReadFixture.USERS + 1;
        return nextId;
    }

    @Benchmark
    public Object findUniqueJdbc() throws Exception {
        return jdbc.findUnique(connection, nextId());
    }

    /** Builds the query per call, as the typed client does: the IR is part of the cost. */
    @Benchmark
    public Object findUniqueRefract() {
        FindQuery q = new FindQuery(user, Action.FIND_UNIQUE,
                ReadArgs.where(Filter.eq(user.scalarField("id").orElseThrow(), nextId())), userScalars);
        return engine.execute(q, connection);
    }

    @Benchmark
    public Object findMany1000Jdbc() throws Exception {
        return jdbc.findMany(connection, 1000);
    }

    @Benchmark
    public Object findMany1000Refract() {
        return engine.execute(findMany1000, connection);
    }

    @Benchmark
    public Object include100x10JdbcFlatJoin() throws Exception {
        return jdbc.includeFlatJoin(connection, 100);
    }

    @Benchmark
    public Object include100x10JdbcTwoStatements() throws Exception {
        return jdbc.includeTwoStatements(connection, 100);
    }

    @Benchmark
    public Object include100x10Refract() {
        return engine.execute(include100x10, connection);
    }

    @Benchmark
    public Object include100x10RefractJoin() {
        return engine.execute(include100x10Join, connection);
    }

    @Benchmark
    public Object filtered20Jdbc() throws Exception {
        return jdbc.filtered(connection, 30, "c", 20);
    }

    @Benchmark
    public Object filtered20Refract() {
        return engine.execute(filtered20, connection);
    }
}
