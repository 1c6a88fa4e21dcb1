package dev.refract.bench.peers;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
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
 * Issue 7: every case of {@link PeerCase} for every peer of {@link Peers}, on one connection to
 * {@link PeerData}'s database. The write cases' rows are removed after each iteration, so every
 * iteration reads the same data. Commits do not wait for the disk ({@code synchronous_commit=off}),
 * for every peer alike. Run through {@code bin/bench}, which adds the counts and writes the tables.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PeerBenchmark {
    @Param({"findMany", "findMany-filter-paginate-order", "findMany-1-level-nesting", "findFirst",
        "findFirst-1-level-nesting", "findUnique", "findUnique-1-level-nesting", "create", "nested-create",
        "update", "nested-update", "upsert", "nested-upsert", "delete", "distinct", "in-list-10k",
        "cursor-page-1000-asc", "cursor-page-1000-desc", "take-in-include", "createMany-10k",
        "interactive-transaction"})
    public String benchCase;

    @Param({"jdbc", "refract", "jooq", "hibernate"})
    public String peer;

    private Connection connection;
    private Peer runner;
    private PeerCase which;
    private int n;

    @Setup(Level.Trial)
    public void open() throws Exception {
        PeerData.prepare();
        connection = DriverManager.getConnection(PeerData.url());
        try (Statement s = connection.createStatement()) {
            s.execute("SET synchronous_commit = off");
            // Every fork starts from the same physical state: the write cases before it left dead
            // rows and stale statistics (the planner saw 72,000 orders where 10,000 are live), which
            // slowed the scans of whichever peer came next, unevenly.
            s.execute("VACUUM ANALYZE");
        }
        runner = Peers.open(peer, connection);
        which = PeerCase.of(benchCase);
    }

    /** The delete case's victim, inserted before each call and outside the timing. */
    @Setup(Level.Invocation)
    public void next() throws Exception {
        n++;
        if (which == PeerCase.DELETE) {
            n = Peers.victim(connection, n);
        }
    }

    @TearDown(Level.Iteration)
    public void reset() throws Exception {
        PeerData.reset(connection);
        if (which == PeerCase.CREATE_MANY_10K) {
            // Hundreds of thousands of rows were inserted and deleted: their dead tuples must not
            // slow the cases measured after this one.
            try (Statement s = connection.createStatement()) {
                s.execute("VACUUM ANALYZE \"Customer\"");
            }
        }
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        runner.close();
        connection.close();
    }

    @Benchmark
    public Object run() throws Exception {
        return which.run(runner, n);
    }
}
