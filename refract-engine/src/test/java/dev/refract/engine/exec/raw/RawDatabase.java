package dev.refract.engine.exec.raw;

import dev.refract.engine.QueryEngine;
import dev.refract.engine.events.QueryEvent;
import dev.refract.testing.TestDatabase;
import dev.refract.testing.TestDatabases;
import dev.refract.migrate.ddl.CreateSchema;
import dev.refract.model.SchemaModel;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.ValidatedSchema;
import dev.refract.schema.model.SchemaModels;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * A fresh database per test class with the raw tests' schema (a model of every scalar type and a
 * canary table) created by Prisma's DDL ({@code CreateSchema}), an engine on it, and the query
 * events it published since the test began. Subclasses name the provider.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class RawDatabase {
    static final String SCHEMA = """
            datasource db {
              provider = "%s"
              url      = env("DATABASE_URL")
            }

            enum Role {
              USER
              ADMIN
            }

            model User {
              id        Int       @id
              email     String    @unique
              name      String?
              role      Role      @default(USER)
              big       BigInt?
              score     Float?
              balance   Decimal?
              active    Boolean?
              born      DateTime?
              meta      Json?
              avatar    Bytes?
              createdAt DateTime  @default(now()) @map("created_at")
            }

            model Canary {
              id   Int    @id
              note String
            }
            """;

    private TestDatabase db;
    private QueryEngine engine;
    private SchemaModel schema;
    protected final List<QueryEvent> events = new CopyOnWriteArrayList<>();

    /** {@code postgresql} or {@code sqlite}. */
    protected abstract String provider();

    protected boolean postgres() {
        return provider().equals("postgresql");
    }

    @BeforeAll
    void create() throws Exception {
        ValidatedSchema validated = PrismaSchema.validate(SCHEMA.formatted(provider()));
        schema = SchemaModels.from(validated).orElseThrow(() -> new IllegalStateException(validated.render(false)));
        db = postgres() ? TestDatabases.postgres() : TestDatabases.sqlite();
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            for (String ddl : CreateSchema.statements(schema)) {
                st.execute(ddl);
            }
            st.execute("INSERT INTO \"Canary\" (\"id\", \"note\") VALUES (1, 'alive')");
        }
        engine = QueryEngine.create(schema, db.dataSource());
        engine.addListener(events::add);
    }

    @BeforeEach
    void clearEvents() {
        events.clear();
    }

    @AfterAll
    void drop() {
        engine.close();
        db.close();
    }

    protected QueryEngine engine() {
        return engine;
    }

    protected SchemaModel schema() {
        return schema;
    }

    protected TestDatabase db() {
        return db;
    }
}
