package dev.refract.engine.exec.find;

import dev.refract.engine.ir.Values;
import dev.refract.testing.TestDatabase;
import dev.refract.testing.TestDatabases;
import dev.refract.migrate.ddl.CreateSchema;
import dev.refract.engine.sql.Dialect;
import dev.refract.engine.sql.Dialects;
import dev.refract.model.Model;
import dev.refract.model.ScalarField;
import dev.refract.model.SchemaModel;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.ValidatedSchema;
import dev.refract.schema.model.SchemaModels;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;

/**
 * The seeded database the find tests read: every scalar type, 1:1, 1:n both ways, m:n, self
 * relations (1:n and m:n) and a compound id, on SQLite and PostgreSQL. Tables come from
 * {@code CreateSchema} (Prisma Migrate's DDL); rows go in through the dialect's own binding, so they
 * are stored as the engine stores them.
 */
public record FindFixture(SchemaModel schema, DataSource dataSource) {

    static final String SCHEMA = """
            datasource db {
              provider = "%s"
              url      = env("DATABASE_URL")
            }

            enum Role {
              USER  @map("user")
              ADMIN @map("admin")
            }

            model User {
              id        Int      @id
              email     String   @unique
              name      String?
              role      Role     @default(USER)
              big       BigInt
              score     Float
              balance   Decimal  %s
              active    Boolean
              born      DateTime
              meta      Json?
              avatar    Bytes?
              %s
              managerId Int?
              manager   User?    @relation("Mgmt", fields: [managerId], references: [id])
              reports   User[]   @relation("Mgmt")
              posts     Post[]
              profile   Profile?
              friends   User[]   @relation("Friends")
              friendOf  User[]   @relation("Friends")
            }

            model Profile {
              id     Int    @id
              bio    String
              userId Int    @unique
              user   User   @relation(fields: [userId], references: [id])
            }

            model Post {
              id         Int        @id
              title      String
              published  Boolean
              createdAt  DateTime   %s
              authorId   Int
              author     User       @relation(fields: [authorId], references: [id])
              comments   Comment[]
              categories Category[]
            }

            model Comment {
              id     Int    @id
              body   String
              postId Int
              post   Post   @relation(fields: [postId], references: [id])
            }

            model Category {
              id    Int    @id
              name  String
              posts Post[]
            }

            model Membership {
              orgId   Int
              userKey String
              label   String
              notes   Note[]

              @@id([orgId, userKey])
            }

            model Note {
              id         Int        @id
              text       String
              orgId      Int
              userKey    String
              membership Membership @relation(fields: [orgId, userKey], references: [orgId, userKey])
            }
            """;

    static SchemaModel schemaFor(String provider) {
        boolean pg = provider.equals("postgresql");
        String text = SCHEMA.formatted(provider, pg ? "@db.Decimal(12, 2)" : "", pg ? "tags      String[]" : "",
                pg ? "@db.Timestamptz(3)" : "");
        ValidatedSchema validated = PrismaSchema.validate(text);
        return SchemaModels.from(validated).orElseThrow(
                () -> new IllegalStateException(String.valueOf(validated.diagnostics().errors())));
    }

    /** A fresh SQLite file, created by Prisma's own DDL ({@code CreateSchema}) and seeded. */
    static FindFixture sqlite() throws Exception {
        return create(TestDatabases.sqlite(), "sqlite");
    }

    /** A fresh database on the local (or embedded) PostgreSQL. */
    static FindFixture postgres() throws Exception {
        return create(TestDatabases.postgres(), "postgresql");
    }

    private static FindFixture create(TestDatabase db, String provider) throws Exception {
        SchemaModel schema = schemaFor(provider);
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            for (String ddl : CreateSchema.statements(schema)) {
                st.execute(ddl);
            }
        }
        FindFixture f = new FindFixture(schema, db.dataSource());
        f.seed(provider.equals("postgresql"));
        return f;
    }

    static final Instant BORN1 = Instant.parse("1990-01-02T03:04:05.678Z");
    static final long BIG1 = 9007199254740993L; // not representable as a double
    static final double SCORE1 = 0.1 + 0.2;
    static final byte[] AVATAR1 = {0, 1, 2, (byte) 255, 10, 13};
    static final String META1 = "{\"a\": [1, 2.50, \"x\"], \"b\": null}";

    private void seed(boolean pg) throws SQLException {
        Object[][] users = {
            {1, "ann@x.io", "Ann", "ADMIN", BIG1, SCORE1, new BigDecimal("12345678.91"), true, BORN1,
                new Values.Json(META1), AVATAR1, List.of("a", "b"), null},
            {2, "bob@x.io", "Bob", "USER", -5L, -1.5e-300, new BigDecimal("0.10"), false,
                Instant.parse("2000-02-29T23:59:59.999Z"), null, null, List.of(), 1},
            {3, "cid@x.io", "Cid", "USER", 0L, 3.0, new BigDecimal("-7.00"), true,
                Instant.parse("1969-12-31T23:59:59.001Z"), new Values.Json("[]"), new byte[0], null, 1},
            {4, "dee@x.io", null, "USER", Long.MAX_VALUE, 1e300, new BigDecimal("0.00"), false,
                Instant.parse("2024-06-01T00:00:00Z"), new Values.Json("\"s\""), null, List.of("z"), 2},
        };
        List<String> userCols = new ArrayList<>(List.of("id", "email", "name", "role", "big", "score", "balance",
                "active", "born", "meta", "avatar", "tags", "managerId"));
        if (!pg) {
            userCols.remove("tags");
            for (int i = 0; i < users.length; i++) {
                List<Object> row = new ArrayList<>(Arrays.asList(users[i]));
                row.remove(11);
                users[i] = row.toArray();
            }
        }
        insert("User", userCols, users);
        insert("Profile", List.of("id", "bio", "userId"), new Object[][] {{1, "Ann's bio", 1}, {3, "Cid's", 3}});
        insert("Post", List.of("id", "title", "published", "createdAt", "authorId"), new Object[][] {
            {1, "p1", true, Instant.parse("2024-01-01T10:00:00.123Z"), 1},
            {2, "p2", false, Instant.parse("2024-01-02T10:00:00Z"), 1},
            {3, "p3", true, Instant.parse("2024-01-03T10:00:00Z"), 2},
            {4, "p4", true, Instant.parse("2024-01-04T10:00:00Z"), 1}});
        insert("Comment", List.of("id", "body", "postId"), new Object[][] {{1, "c1", 1}, {2, "c2", 1}, {3, "c3", 3}});
        insert("Category", List.of("id", "name"), new Object[][] {{1, "news"}, {2, "tech"}, {3, "empty"}});
        insert("Membership", List.of("orgId", "userKey", "label"),
                new Object[][] {{1, "a", "1a"}, {1, "b", "1b"}, {2, "a", "2a"}});
        insert("Note", List.of("id", "text", "orgId", "userKey"),
                new Object[][] {{1, "n1", 1, "a"}, {2, "n2", 1, "a"}, {3, "n3", 2, "a"}});
        raw("INSERT INTO \"_CategoryToPost\" (\"A\", \"B\") VALUES (1, 1), (2, 1), (1, 3)");
        raw("INSERT INTO \"_Friends\" (\"A\", \"B\") VALUES (1, 2), (1, 3), (2, 3)");
    }

    void insert(String modelName, List<String> fields, Object[][] rows) throws SQLException {
        Model model = schema.requireModel(modelName);
        Dialect dialect = Dialects.forSchema(schema);
        StringBuilder sql = new StringBuilder("INSERT INTO \"" + model.databaseName() + "\" (");
        List<ScalarField> fs = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            ScalarField f = model.scalarField(fields.get(i)).orElseThrow();
            fs.add(f);
            sql.append(i > 0 ? ", " : "").append('"').append(f.databaseName()).append('"');
        }
        sql.append(") VALUES (").append("?, ".repeat(fields.size() - 1)).append("?)");
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql.toString())) {
            for (Object[] row : rows) {
                for (int i = 0; i < fs.size(); i++) {
                    dialect.bind(st, i + 1, row[i], fs.get(i));
                }
                st.executeUpdate();
            }
        }
    }

    void raw(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

}
