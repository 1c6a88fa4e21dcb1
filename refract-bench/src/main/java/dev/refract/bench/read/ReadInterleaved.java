package dev.refract.bench.read;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * The read benchmarks' cases outside JMH, interleaved: 100 ms of each side of a case in turn for
 * about ten seconds, so that a machine whose load comes and goes (other builds on the same cores)
 * weighs on both sides alike. Reports per side the median over the rounds of the wall time per
 * operation and of this thread's CPU time per operation (for SQLite nearly all the work; for
 * PostgreSQL it leaves out the server's). The include's ratio is taken against the faster JDBC
 * variant. Runs {@link ReadBenchmark}'s own methods on its own fixture.
 *
 * <pre>java -cp refract-bench/target/benchmarks.jar dev.refract.bench.read.ReadInterleaved [database...]</pre>
 */
public final class ReadInterleaved {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final long ROUND_NS = 100_000_000L;
    private static final long WARMUP_NS = 4_000_000_000L;
    private static final long MEASURE_NS = 10_000_000_000L;

    private ReadInterleaved() {
    }

    /** One side: a name and one operation. */
    private record Side(String name, Supplier<Object> op) {
    }

    public static void main(String[] args) throws Exception {
        List<String> databases = args.length > 0 ? Arrays.asList(args) : List.of("postgresql", "sqlite");
        for (String database : databases) {
            ReadBenchmark b = new ReadBenchmark();
            b.database = database;
            b.setUp();
            try {
                measure(database, "findUnique by id", List.of(new Side("jdbc", () -> call(b::findUniqueJdbc)),
                        new Side("refract", b::findUniqueRefract)));
                measure(database, "findMany, 1,000 rows", List.of(new Side("jdbc", () -> call(b::findMany1000Jdbc)),
                        new Side("refract", b::findMany1000Refract)));
                measure(database, "include 100 x 10", List.of(
                        new Side("jdbc two statements", () -> call(b::include100x10JdbcTwoStatements)),
                        new Side("jdbc flat join", () -> call(b::include100x10JdbcFlatJoin)),
                        new Side("refract", b::include100x10Refract)));
                measure(database, "filtered, take 20", List.of(new Side("jdbc", () -> call(b::filtered20Jdbc)),
                        new Side("refract", b::filtered20Refract)));
            } finally {
                b.tearDown();
            }
        }
    }

    /** A JDBC side's checked call. */
    private interface Jdbc {
        Object run() throws Exception;
    }

    private static Object call(Jdbc op) {
        try {
            return op.run();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The last side is Refract; the others are the JDBC variants it is compared with. */
    private static void measure(String database, String name, List<Side> sides) {
        long warm = System.nanoTime() + WARMUP_NS;
        while (System.nanoTime() < warm) {
            for (Side s : sides) {
                for (int i = 0; i < 20; i++) {
                    s.op().get();
                }
            }
        }
        List<List<Double>> wall = new ArrayList<>();
        List<List<Double>> cpu = new ArrayList<>();
        for (int k = 0; k < sides.size(); k++) {
            wall.add(new ArrayList<>());
            cpu.add(new ArrayList<>());
        }
        long stop = System.nanoTime() + MEASURE_NS;
        while (System.nanoTime() < stop) {
            for (int k = 0; k < sides.size(); k++) {
                int n = 0;
                long w0 = System.nanoTime();
                long c0 = THREADS.getCurrentThreadCpuTime();
                while (System.nanoTime() - w0 < ROUND_NS) {
                    sides.get(k).op().get();
                    n++;
                }
                wall.get(k).add((System.nanoTime() - w0) / 1e3 / n);
                cpu.get(k).add((THREADS.getCurrentThreadCpuTime() - c0) / 1e3 / n);
            }
        }
        int refract = sides.size() - 1;
        int best = 0;
        for (int k = 1; k < refract; k++) {
            if (median(wall.get(k)) < median(wall.get(best))) {
                best = k;
            }
        }
        for (int k = 0; k < sides.size(); k++) {
            System.out.printf("%-10s %-22s %-20s wall %9.1f µs  cpu %9.1f µs%n", database, name, sides.get(k).name(),
                    median(wall.get(k)), median(cpu.get(k)));
        }
        System.out.printf("%-10s %-22s Refract/JDBC (%s): wall %.2f, cpu %.2f (%d rounds)%n", database, name,
                sides.get(best).name(), median(wall.get(refract)) / median(wall.get(best)),
                median(cpu.get(refract)) / median(cpu.get(best)), wall.get(0).size());
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
