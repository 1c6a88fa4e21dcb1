package dev.refract.engine.exec.write;

import dev.refract.engine.QueryEngine;
import dev.refract.engine.events.QueryEvent;
import dev.refract.testing.TestDatabase;
import dev.refract.testing.TestDatabases;
import dev.refract.migrate.ddl.CreateSchema;
import dev.refract.model.SchemaModel;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * The database of the write contracts: a fresh one of {@link #provider()}'s kind per test class,
 * tables from Prisma Migrate's DDL ({@code CreateSchema}), emptied before each test, and an engine
 * opened on its Prisma URL (so SQLite enforces foreign keys, as Prisma's connections do), whose
 * statements are recorded in {@link #events}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class WriteDatabase {
    final List<QueryEvent> events = new CopyOnWriteArrayList<>();
    WriteFixture x;
    TestDatabase db;
    QueryEngine engine;

    /** {@code postgresql} or {@code sqlite}. */
    abstract String provider();

    /** The schema the tables come from; the write fixture's unless a subclass tests another. */
    SchemaModel schema() {
        return x.schema;
    }

    /** The tables emptied before each test, children first. */
    List<String> tables() {
        return List.of("Post", "users", "Token", "Pair", "Gen");
    }

    boolean postgres() {
        return provider().equals("postgresql");
    }

    @BeforeAll
    void open() throws Exception {
        x = new WriteFixture(provider());
        db = postgres() ? TestDatabases.postgres() : TestDatabases.sqlite();
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            for (String ddl : CreateSchema.statements(schema())) {
                st.execute(ddl);
            }
        }
        engine = QueryEngine.open(schema(), db.prismaUrl(), Path.of("."));
        engine.addListener(events::add);
    }

    @BeforeEach
    void empty() throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            for (String table : tables()) {
                st.execute("DELETE FROM \"" + table + "\"");
            }
        }
        events.clear();
    }

    @AfterAll
    void close() {
        engine.close();
        db.close();
    }

    /** A plain connection to the test database (foreign keys on, for SQLite). */
    Connection connect() throws Exception {
        Connection c = db.connect();
        if (!postgres()) {
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA foreign_keys = ON");
            }
        }
        return c;
    }

    /** The SQL of the statements run since the last {@code events.clear()}. */
    List<String> statements() {
        return events.stream().map(QueryEvent::sql).toList();
    }

    long count(String table) throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT COUNT(*) FROM \"" + table + "\"")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
