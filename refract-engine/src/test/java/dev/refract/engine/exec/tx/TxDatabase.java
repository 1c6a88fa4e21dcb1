package dev.refract.engine.exec.tx;

import dev.refract.engine.QueryEngine;
import dev.refract.engine.events.QueryEvent;
import dev.refract.engine.testing.TestDatabase;
import dev.refract.engine.testing.TestDatabases;
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
 * DDL, an engine on it, and the statements' events recorded. Rows are read back over a separate
 * JDBC connection, so what a test sees is what other sessions see.
 */
final class TxDatabase implements AutoCloseable {
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

    final SchemaModel schema;
    final TestDatabase db;
    final QueryEngine engine;
    final List<QueryEvent> events = new CopyOnWriteArrayList<>();

    private TxDatabase(String provider) {
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
        this.engine = QueryEngine.create(schema, db.dataSource());
        engine.addListener(events::add);
    }

    static TxDatabase postgres() {
        return new TxDatabase("postgresql");
    }

    static TxDatabase sqlite() {
        return new TxDatabase("sqlite");
    }

    static TxDatabase of(String provider) {
        return new TxDatabase(provider);
    }

    String provider() {
        return schema.provider();
    }

    Model model(String name) {
        return schema.requireModel(name);
    }

    ScalarField field(String model, String name) {
        return model(model).scalarField(name).orElseThrow();
    }

    /** Runs statements over a connection of its own, in auto-commit. */
    void sql(String... statements) {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            for (String s : statements) {
                st.execute(s);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of the first row of {@code query}, as a long (0 when there is no row). */
    long number(String query) {
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(query)) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The texts of the recorded statements, in order. */
    List<String> statements() {
        return events.stream().map(QueryEvent::sql).toList();
    }

    @Override
    public void close() {
        engine.close();
        db.close();
    }
}
