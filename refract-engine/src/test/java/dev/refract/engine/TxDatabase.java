package dev.refract.engine;

import dev.refract.engine.connect.ConnectionPool;
import dev.refract.engine.events.QueryEvent;
import dev.refract.engine.ir.Action;
import dev.refract.engine.ir.Filter;
import dev.refract.engine.ir.FindQuery;
import dev.refract.engine.ir.OrderBy;
import dev.refract.engine.ir.ReadArgs;
import dev.refract.engine.ir.Selection;
import dev.refract.model.SortOrder;
import dev.refract.testing.TestDatabase;
import dev.refract.testing.TestDatabases;
import dev.refract.migrate.ddl.CreateSchema;
import dev.refract.model.Model;
import dev.refract.model.SchemaModel;
import dev.refract.model.ScalarField;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.ValidatedSchema;
import dev.refract.schema.model.SchemaModels;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A fresh database of one provider for the transaction tests, with tables made by Prisma Migrate's
 * DDL, an engine on it (on a HikariCP pool, as in production, so that connections really go
 * back to a pool and come out again), and the engine's statements recorded. Rows are read back
 * over a separate JDBC connection, so what a test sees is what other sessions see.
 */
public final class TxDatabase implements AutoCloseable {
    private static final String SCHEMA = """
            datasource db {
              provider = "%s"
            }

            model Account {
              id      Int @id
              balance Int
              version Int @default(0)
            }

            model Counter {
              id    Int @id
              value Int
            }

            model Item {
              id   Int    @id
              name String
            }
            """;

    public final SchemaModel schema;
    public final TestDatabase db;
    public final QueryEngine engine;
    public final List<QueryEvent> events = new CopyOnWriteArrayList<>();
    private final ConnectionPool pool;

    private TxDatabase(String provider, int connections) {
        ValidatedSchema validated = PrismaSchema.validate(SCHEMA.formatted(provider));
        this.schema = SchemaModels.from(validated).orElseThrow(() -> new IllegalStateException(validated.render(false)));
        this.db = provider.equals("sqlite") ? TestDatabases.sqlite() : TestDatabases.postgres();
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            for (String ddl : CreateSchema.statements(schema)) {
                st.execute(ddl);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        String url = provider.equals("sqlite") ? db.prismaUrl()
                : db.prismaUrl() + "?connection_limit=" + connections + "&pool_timeout=30";
        this.pool = ConnectionPool.open(url, java.nio.file.Path.of("."));
        this.engine = QueryEngine.builder(schema, pool)
                .defaultSchema(provider.equals("sqlite") ? null : "public").build();
        engine.addListener(events::add);
    }

    /** {@code provider} with a pool of 4 connections (PostgreSQL). */
    public static TxDatabase of(String provider) {
        return new TxDatabase(provider, 4);
    }

    /** PostgreSQL with a pool of {@code connections}. */
    public static TxDatabase postgres(int connections) {
        return new TxDatabase("postgresql", connections);
    }

    public ConnectionPool pool() {
        return pool;
    }

    public String provider() {
        return schema.provider();
    }

    public Model model(String name) {
        return schema.requireModel(name);
    }

    public ScalarField field(String model, String name) {
        return model(model).scalarField(name).orElseThrow();
    }

    /** findMany on {@code model}, every scalar, by id. */
    public FindQuery findAll(String model) {
        Model m = model(model);
        ReadArgs args = new ReadArgs(Filter.TRUE, List.of(new OrderBy.ByScalar(field(model, "id"), SortOrder.ASC)),
                null, null, null, List.of(), null);
        return new FindQuery(m, Action.FIND_MANY, args, all(m));
    }

    /** findUniqueOrThrow on {@code model} by id: P2025 when there is none. */
    public FindQuery findOrThrow(String model, int id) {
        Model m = model(model);
        return new FindQuery(m, Action.FIND_UNIQUE_OR_THROW, ReadArgs.where(Filter.eq(field(model, "id"), id)), all(m));
    }

    private static Selection all(Model m) {
        List<Selection.Item> items = new java.util.ArrayList<>();
        for (ScalarField f : m.scalarFields()) {
            items.add(new Selection.Scalar(f));
        }
        return new Selection(items);
    }

    /** Backends of this database that sit inside a transaction doing nothing (PostgreSQL). */
    public long idleInTransaction() {
        return number("SELECT count(*) FROM pg_stat_activity WHERE datname = '" + db.name()
                + "' AND state LIKE 'idle in transaction%'");
    }

    /** Runs statements over a connection of its own, in auto-commit. */
    public void sql(String... statements) {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            for (String s : statements) {
                st.execute(s);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of the first row of {@code query}, as a long (0 when there is no row). */
    public long number(String query) {
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(query)) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The texts of the recorded statements, in order. */
    public List<String> statements() {
        return events.stream().map(QueryEvent::sql).toList();
    }

    @Override
    public void close() {
        try {
            awaitAllConnectionsReturned();
        } finally {
            engine.close();
            db.close();
        }
    }

    /**
     * Every connection the engine borrowed is back in the pool (a rollback after a timeout may
     * still be finishing on a worker: it gets a few seconds).
     */
    public void awaitAllConnectionsReturned() {
        com.zaxxer.hikari.HikariPoolMXBean pool = ((com.zaxxer.hikari.HikariDataSource) pool().dataSource())
                .getHikariPoolMXBean();
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (pool.getActiveConnections() > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(pool.getActiveConnections() + " connections never went back to the pool");
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }
}
