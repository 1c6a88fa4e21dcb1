package dev.refract.bench.write;

import dev.refract.bench.BenchTables;
import dev.refract.bench.write.JdbcWrites.NewPost;
import dev.refract.bench.write.JdbcWrites.NewUser;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 3's write cases, each side by side with hand-written JDBC ({@link JdbcWrites}) doing the
 * same work on the same connection ({@link WriteSession}): a single create, a nested create of a
 * user with 3 posts, and createMany of {@value WriteSession#MANY} users. Refract runs the IR the
 * typed client will build, built per call from the same input records the JDBC side binds.
 * Compare ratios within one run.
 *
 * <p>The tables are emptied before every iteration, and before every single createMany so that
 * each bulk insert meets the same empty table (its per-call timing is harmless at ~10 ms and up).
 *
 * <pre>java -jar refract-bench/target/benchmarks.jar WriteBenchmark</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class WriteBenchmark {

    /**
     * The session of the bulk inserts, with the tables emptied before each call. The benches take
     * only this state: JMH would make a second {@link WriteSession} (and a second connection, or
     * SQLite file) if a bench took both this and the session as parameters.
     */
    @State(Scope.Thread)
    public static class BulkSession {
        WriteSession session;

        @Setup(Level.Trial)
        public void bind(WriteSession shared) {
            session = shared;
        }

        @Setup(Level.Invocation)
        public void empty() throws Exception {
            BenchTables.empty(session.connection, session.sqlite);
        }
    }

    @Benchmark
    public Object createJdbc(WriteSession s) throws Exception {
        return s.jdbc.create(s.connection, s.nextUser());
    }

    @Benchmark
    public Object createRefract(WriteSession s) {
        return s.engine.execute(s.create(s.nextUser()), s.connection);
    }

    /** The best hand-written form: INSERT the user RETURNING its id, one multi-row INSERT of the posts. */
    @Benchmark
    public Object nestedCreateJdbc(WriteSession s) throws Exception {
        return s.jdbc.createWithPosts(s.connection, s.nextUser(), s.threePosts);
    }

    @Benchmark
    public Object nestedCreateRefract(WriteSession s) {
        return s.engine.execute(s.createWithPosts(s.nextUser(), s.threePosts), s.connection);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Object createMany10kJdbcBatch(BulkSession b) throws Exception {
        return b.session.jdbc.createManyBatch(b.session.connection, b.session.bulk);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Object createMany10kJdbcMultiRow(BulkSession b) throws Exception {
        return b.session.jdbc.createManyMultiRow(b.session.connection, b.session.bulk);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Object createMany10kRefract(BulkSession b) {
        WriteSession s = b.session;
        return s.engine.execute(s.createMany(s.bulk), s.connection);
    }

    /** The posts of each nested create. */
    static List<NewPost> threePosts() {
        List<NewPost> posts = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            posts.add(new NewPost("Post " + i, i * 10, i % 2 == 0));
        }
        return List.copyOf(posts);
    }

    /** The users of each createMany: the same every call, the table being empty each time. */
    static List<NewUser> bulkUsers(int count) {
        List<NewUser> users = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            users.add(new NewUser("bulk" + i + "@example.com", "bulk user " + i, 18 + i % 60));
        }
        return List.copyOf(users);
    }
}
