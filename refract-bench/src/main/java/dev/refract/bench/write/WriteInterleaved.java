package dev.refract.bench.write;

import dev.refract.bench.BenchTables;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The write benchmarks' cases outside JMH, interleaved: each round runs a block of every side of a
 * case in turn (the order flipping every round), so that a machine whose load comes and goes
 * (other builds on the same cores) weighs on both sides alike. Reports per side the median over
 * the measured rounds of the wall time per operation and of this thread's CPU time per
 * operation: on a loaded machine the CPU time is the steadier figure (for SQLite it is nearly all
 * the work; for PostgreSQL it leaves out the server's).
 *
 * <pre>java -cp refract-bench/target/benchmarks.jar dev.refract.bench.write.WriteInterleaved [rounds] [database...]</pre>
 */
public final class WriteInterleaved {
    private static final int WARMUP_ROUNDS = 5;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** One side of a case: runs {@code ops} operations. */
    @FunctionalInterface
    private interface Side {
        void run(WriteSession s, int ops) throws Exception;
    }

    private record Case(String name, int ops, Map<String, Side> sides) {
    }

    private WriteInterleaved() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        List<String> databases = args.length > 1 ? Arrays.asList(args).subList(1, args.length)
                : List.of("postgresql", "sqlite");
        for (String database : databases) {
            WriteSession s = new WriteSession();
            s.database = database;
            s.commits = "relaxed";
            s.open();
            try {
                for (Case c : cases()) {
                    measure(s, c, rounds);
                }
            } finally {
                s.close();
            }
        }
    }

    private static List<Case> cases() {
        Map<String, Side> create = new LinkedHashMap<>();
        create.put("Refract", (s, n) -> {
            for (int i = 0; i < n; i++) {
                s.engine.execute(s.create(s.nextUser()), s.connection);
            }
        });
        create.put("JDBC", (s, n) -> {
            for (int i = 0; i < n; i++) {
                s.jdbc.create(s.connection, s.nextUser());
            }
        });
        Map<String, Side> nested = new LinkedHashMap<>();
        nested.put("Refract", (s, n) -> {
            for (int i = 0; i < n; i++) {
                s.engine.execute(s.createWithPosts(s.nextUser(), s.threePosts), s.connection);
            }
        });
        nested.put("JDBC", (s, n) -> {
            for (int i = 0; i < n; i++) {
                s.jdbc.createWithPosts(s.connection, s.nextUser(), s.threePosts);
            }
        });
        Map<String, Side> many = new LinkedHashMap<>();
        many.put("Refract", (s, n) -> bulk(s, n, () -> s.engine.execute(s.createMany(s.bulk), s.connection)));
        many.put("JDBC batch", (s, n) -> bulk(s, n, () -> s.jdbc.createManyBatch(s.connection, s.bulk)));
        many.put("JDBC multi-row", (s, n) -> bulk(s, n, () -> s.jdbc.createManyMultiRow(s.connection, s.bulk)));
        return List.of(new Case("create", 500, create), new Case("nested create (user + 3 posts)", 250, nested),
                new Case("createMany 10,000", 2, many));
    }

    @FunctionalInterface
    private interface Op {
        void run() throws Exception;
    }

    /** Bulk inserts each meet an empty table; emptying it is not timed. */
    private static void bulk(WriteSession s, int n, Op op) throws Exception {
        for (int i = 0; i < n; i++) {
            pause(() -> BenchTables.empty(s.connection, s.sqlite));
            op.run();
        }
    }

    private static long pausedWall;
    private static long pausedCpu;

    /** Runs untimed work inside a timed block. */
    private static void pause(Op op) throws Exception {
        long w = System.nanoTime();
        long c = THREADS.getCurrentThreadCpuTime();
        op.run();
        pausedCpu += THREADS.getCurrentThreadCpuTime() - c;
        pausedWall += System.nanoTime() - w;
    }

    private static void measure(WriteSession s, Case c, int rounds) throws Exception {
        List<String> names = new ArrayList<>(c.sides().keySet());
        Map<String, List<Double>> wall = new LinkedHashMap<>();
        Map<String, List<Double>> cpu = new LinkedHashMap<>();
        for (int r = 0; r < WARMUP_ROUNDS + rounds; r++) {
            BenchTables.empty(s.connection, s.sqlite);
            for (int k = 0; k < names.size(); k++) {
                String name = names.get(r % 2 == 0 ? k : names.size() - 1 - k);
                pausedWall = 0;
                pausedCpu = 0;
                long w = System.nanoTime();
                long cp = THREADS.getCurrentThreadCpuTime();
                c.sides().get(name).run(s, c.ops());
                long cpuNs = THREADS.getCurrentThreadCpuTime() - cp - pausedCpu;
                long wallNs = System.nanoTime() - w - pausedWall;
                if (r >= WARMUP_ROUNDS) {
                    wall.computeIfAbsent(name, x -> new ArrayList<>()).add(wallNs / 1e3 / c.ops());
                    cpu.computeIfAbsent(name, x -> new ArrayList<>()).add(cpuNs / 1e3 / c.ops());
                }
            }
        }
        System.out.printf("%s, %s (%d rounds of %d ops; medians, µs/op):%n", s.database, c.name(), rounds, c.ops());
        for (String name : names) {
            System.out.printf("  %-16s wall %10.1f   cpu %10.1f%n", name, median(wall.get(name)), median(cpu.get(name)));
        }
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
