package dev.refract.engine.exec.find;

import dev.refract.engine.QueryEngine;
import dev.refract.engine.ir.Action;
import dev.refract.engine.ir.Filter;
import dev.refract.engine.ir.FindQuery;
import dev.refract.engine.ir.ReadArgs;
import dev.refract.engine.ir.RelationLoadStrategy;
import dev.refract.engine.ir.Selection;
import dev.refract.model.SchemaModel;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.model.SchemaModels;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteDataSource;

/**
 * A plain timing loop (not a test, no assertion): findMany of 100 parents with their 10 children
 * each, per relation load strategy, on PostgreSQL and SQLite, one connection reused. Prints the
 * median and 90th percentile per query. Run:
 *
 * <pre>
 * mvn -o -q test-compile -pl refract-engine
 * java -cp refract-engine/target/test-classes:refract-engine/target/classes:$(cat cp.txt) \
 *     dev.refract.engine.exec.find.IncludeStrategyTiming [iterations] [sqlite]
 * </pre>
 */
public final class IncludeStrategyTiming {
    static final String SCHEMA = """
            datasource db {
              provider = "%s"
              url      = env("DATABASE_URL")
            }
            model Parent {
              id       Int     @id
              name     String
              children Child[]
            }
            model Child {
              id       Int    @id
              title    String
              score    Float
              parentId Int
              parent   Parent @relation(fields: [parentId], references: [id])
              @@index([parentId])
            }
            """;

    public static void main(String[] args) throws Exception {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        String only = args.length > 1 ? args[1] : "";
        if (only.equals("sqlite")) {
            SQLiteDataSource sqlite = new SQLiteDataSource();
            sqlite.setUrl("jdbc:sqlite:" + Files.createTempDirectory("refract-timing").resolve("t.db"));
            run("sqlite", sqlite, iterations);
            return;
        }
        String base = "jdbc:postgresql://127.0.0.1:5432/";
        try (Connection c = DriverManager.getConnection(base + "test", "postgres", "");
             Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS refract_exec_timing WITH (FORCE)");
            st.execute("CREATE DATABASE refract_exec_timing");
        }
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setUrl(base + "refract_exec_timing");
        pg.setUser("postgres");
        run("postgresql", pg, iterations);
        SQLiteDataSource sqlite = new SQLiteDataSource();
        sqlite.setUrl("jdbc:sqlite:" + Files.createTempDirectory("refract-timing").resolve("t.db"));
        run("sqlite", sqlite, iterations);
    }

    static void run(String provider, DataSource ds, int iterations) throws Exception {
        SchemaModel schema = SchemaModels.from(PrismaSchema.validate(SCHEMA.formatted(provider))).orElseThrow();
        try (Connection c = ds.getConnection()) {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE \"Parent\" (id INTEGER PRIMARY KEY, name TEXT NOT NULL)");
                st.execute("CREATE TABLE \"Child\" (id INTEGER PRIMARY KEY, title TEXT NOT NULL, score "
                        + (provider.equals("sqlite") ? "REAL" : "DOUBLE PRECISION")
                        + " NOT NULL, \"parentId\" INTEGER NOT NULL REFERENCES \"Parent\"(id))");
                st.execute("CREATE INDEX \"Child_parentId_idx\" ON \"Child\"(\"parentId\")");
            }
            c.setAutoCommit(false);
            try (PreparedStatement p = c.prepareStatement("INSERT INTO \"Parent\" VALUES (?, ?)");
                 PreparedStatement ch = c.prepareStatement("INSERT INTO \"Child\" VALUES (?, ?, ?, ?)")) {
                for (int i = 1; i <= 1000; i++) {
                    p.setInt(1, i);
                    p.setString(2, "parent " + i);
                    p.executeUpdate();
                    for (int j = 0; j < 10; j++) {
                        ch.setInt(1, i * 10 + j);
                        ch.setString(2, "child " + j);
                        ch.setDouble(3, i * 0.5 + j);
                        ch.setInt(4, i);
                        ch.executeUpdate();
                    }
                }
            }
            c.commit();
            c.setAutoCommit(true);
            if (provider.equals("postgresql")) {
                try (Statement st = c.createStatement()) {
                    st.execute("ANALYZE");
                }
            }
            QueryEngine engine = QueryEngine.builder(schema, ds).oneRoundTrip(false).build();
            Ir ir = new Ir(schema);
            Selection children = ir.select("Child", "id", "title", "score");
            FindQuery q = new FindQuery(ir.model("Parent"), Action.FIND_MANY,
                    new ReadArgs(Filter.TRUE, List.of(ir.asc("Parent", "id")), null, null, 100L, List.of(), null),
                    Ir.with(ir.select("Parent", "id", "name"), ir.rel("Parent", "children",
                            Ir.args(Filter.TRUE, List.of(ir.asc("Child", "id")), null, null), children)));
            if (System.getProperty("probe") != null) {
                engine.addListener(e -> System.out.println(e.duration().toNanos() / 1000 + " us, " + e.rows() + " rows: "
                        + e.sql().toString()));
                for (RelationLoadStrategy s : RelationLoadStrategy.values()) {
                    for (int i = 0; i < 3; i++) {
                        engine.execute(Ir.withStrategy(q, s), c);
                    }
                }
                return;
            }
            QueryEngine oneTrip = QueryEngine.builder(schema, ds).oneRoundTrip(true).build();
            for (String name : List.of("query", "one-trip", "join")) {
                QueryEngine e = name.equals("one-trip") ? oneTrip : engine;
                FindQuery variant = Ir.withStrategy(q, name.equals("join") ? RelationLoadStrategy.JOIN
                        : RelationLoadStrategy.QUERY);
                long[] times = new long[iterations];
                long[] db = new long[1];
                dev.refract.engine.events.QueryListener l = ev -> db[0] += ev.duration().toNanos();
                for (int i = 0; i < iterations / 2; i++) {
                    e.execute(variant, c); // warm-up: JIT, pgjdbc server-side prepare
                }
                e.addListener(l);
                for (int i = 0; i < iterations; i++) {
                    long t = System.nanoTime();
                    e.execute(variant, c);
                    times[i] = System.nanoTime() - t;
                }
                e.removeListener(l);
                long totalNanos = Arrays.stream(times).sum();
                Arrays.sort(times);
                System.out.printf(Locale.ROOT, "%-10s %-8s median %7.1f us  p90 %7.1f us  (%d runs; %.0f%% of the time in statements)%n",
                        provider, name, times[iterations / 2] / 1000.0, times[iterations * 9 / 10] / 1000.0, iterations,
                        100.0 * db[0] / Math.max(1, totalNanos));
            }
        }
    }

    private IncludeStrategyTiming() {
    }

}
