package dev.refract.engine.exec.write;

import dev.refract.engine.QueryEngine;
import dev.refract.engine.events.QueryEvent;
import dev.refract.engine.ir.Query;
import dev.refract.testing.TestDatabase;
import dev.refract.testing.TestDatabases;
import dev.refract.migrate.ddl.CreateSchema;
import dev.refract.model.SchemaModel;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * A fresh database of {@link #provider()}'s kind per test class, with the tables Prisma Migrate
 * creates for {@link #schemas()} (no foreign keys where the schema says {@code relationMode =
 * "prisma"}), engines opened on it and their statements recorded in {@link #events}, and plain
 * JDBC to seed and inspect rows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RelationModeDatabase {
    final List<QueryEvent> events = new CopyOnWriteArrayList<>();
    private final List<QueryEngine> engines = new ArrayList<>();
    TestDatabase db;

    /** {@code postgresql} or {@code sqlite}. */
    abstract String provider();

    /** The schemas whose tables the database holds (table names must not clash). */
    abstract List<SchemaModel> schemas();

    @BeforeAll
    void open() throws Exception {
        db = provider().equals("postgresql") ? TestDatabases.postgres() : TestDatabases.sqlite();
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            for (SchemaModel s : schemas()) {
                for (String ddl : CreateSchema.statements(s)) {
                    st.execute(ddl);
                }
            }
        }
    }

    @AfterAll
    void close() {
        engines.forEach(QueryEngine::close);
        db.close();
    }

    /** An engine on the database for {@code schema}, recording its statements; closed with the class. */
    QueryEngine engine(SchemaModel schema) {
        QueryEngine engine = QueryEngine.open(schema, db.prismaUrl(), Path.of("."));
        engine.addListener(events::add);
        engines.add(engine);
        return engine;
    }

    @SuppressWarnings("unchecked")
    static <T> T run(QueryEngine engine, Query q) {
        return (T) engine.execute(q);
    }

    /** Runs statements on a plain connection (foreign keys on, for SQLite, as Prisma's connections have them). */
    void sql(String... statements) throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            if (!provider().equals("postgresql")) {
                st.execute("PRAGMA foreign_keys = ON");
            }
            for (String s : statements) {
                st.execute(s);
            }
        }
    }

    /** The rows of a query, each as a list of its columns' values (numbers as long). */
    List<List<Object>> rows(String query) throws Exception {
        List<List<Object>> out = new ArrayList<>();
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(query)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>(n);
                for (int i = 1; i <= n; i++) {
                    Object v = rs.getObject(i);
                    row.add(v instanceof Number num ? (Object) num.longValue() : v);
                }
                out.add(row);
            }
        }
        return out;
    }

    /** {@code SELECT column FROM table ORDER BY id}, one value per row. */
    List<Object> column(String table, String column) throws Exception {
        List<Object> out = new ArrayList<>();
        for (List<Object> r : rows("SELECT \"" + column + "\" FROM \"" + table + "\" ORDER BY \"id\"")) {
            out.add(r.get(0));
        }
        return out;
    }

    /** The SQL of the statements recorded since the last {@code events.clear()}. */
    List<String> statements() {
        return events.stream().map(QueryEvent::sql).toList();
    }

    /** How many recorded statements start with {@code prefix}. */
    long statementsStartingWith(String prefix) {
        return statements().stream().filter(s -> s.startsWith(prefix)).count();
    }
}
