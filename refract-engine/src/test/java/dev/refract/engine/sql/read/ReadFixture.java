package dev.refract.engine.sql.read;

import dev.refract.engine.sql.Dialect;
import dev.refract.engine.sql.Dialects;
import dev.refract.engine.sql.Param;
import dev.refract.engine.sql.Sql;
import dev.refract.model.Model;
import dev.refract.model.RelationField;
import dev.refract.model.ScalarField;
import dev.refract.model.SchemaModel;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.ValidatedSchema;
import dev.refract.schema.model.SchemaModels;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The small schema, DDL and seed rows the read renderer tests run on, per provider. */
final class ReadFixture {
    final String provider;
    final SchemaModel schema;
    final Dialect dialect;

    ReadFixture(String provider) {
        this.provider = provider;
        boolean pg = provider.equals("postgresql");
        String text = """
                datasource db {
                  provider = "%s"
                  url      = "%s"
                }

                model User {
                  id      Int      @id
                  email   String   @unique
                  name    String?
                  age     Int
                  score   Int?
                  meta    Json?
                  posts   Post[]
                  profile Profile?
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
                  views      Int
                  authorId   Int?
                  author     User?      @relation(fields: [authorId], references: [id])
                  categories Category[]
                  %s
                  @@index([views, id])
                }

                model Category {
                  id    Int    @id
                  name  String
                  posts Post[]
                }
                """.formatted(provider, pg ? "postgresql://localhost/test" : "file:dev.db",
                pg ? "tags String[]" : "");
        ValidatedSchema validated = PrismaSchema.validate(text);
        schema = SchemaModels.from(validated).orElseThrow(
                () -> new IllegalStateException(validated.render(false)));
        dialect = Dialects.forSchema(schema);
    }

    Model model(String name) {
        return schema.requireModel(name);
    }

    ScalarField f(String model, String field) {
        return model(model).scalarField(field).orElseThrow();
    }

    RelationField rel(String model, String field) {
        return model(model).relationField(field).orElseThrow();
    }

    boolean pg() {
        return provider.equals("postgresql");
    }

    /** Hand-written DDL, what Prisma Migrate would create for the schema. */
    List<String> ddl() {
        String json = pg() ? "JSONB" : "TEXT";
        List<String> out = new ArrayList<>(List.of(
                "CREATE TABLE \"User\" (\"id\" INTEGER PRIMARY KEY, \"email\" TEXT NOT NULL UNIQUE, \"name\" TEXT,"
                        + " \"age\" INTEGER NOT NULL, \"score\" INTEGER, \"meta\" " + json + ")",
                "CREATE TABLE \"Profile\" (\"id\" INTEGER PRIMARY KEY, \"bio\" TEXT NOT NULL,"
                        + " \"userId\" INTEGER NOT NULL UNIQUE REFERENCES \"User\"(\"id\"))",
                "CREATE TABLE \"Post\" (\"id\" INTEGER PRIMARY KEY, \"title\" TEXT NOT NULL, \"views\" INTEGER NOT NULL,"
                        + " \"authorId\" INTEGER REFERENCES \"User\"(\"id\")" + (pg() ? ", \"tags\" TEXT[]" : "") + ")",
                "CREATE INDEX \"Post_views_id_idx\" ON \"Post\"(\"views\", \"id\")",
                "CREATE TABLE \"Category\" (\"id\" INTEGER PRIMARY KEY, \"name\" TEXT NOT NULL)",
                "CREATE TABLE \"_CategoryToPost\" (\"A\" INTEGER NOT NULL REFERENCES \"Category\"(\"id\"),"
                        + " \"B\" INTEGER NOT NULL REFERENCES \"Post\"(\"id\"))",
                "CREATE UNIQUE INDEX \"_CategoryToPost_AB_unique\" ON \"_CategoryToPost\"(\"A\", \"B\")"));
        return out;
    }

    List<String> seed() {
        String tags1 = pg() ? ", '{a,b}'" : "";
        String tags2 = pg() ? ", '{b}'" : "";
        String tags3 = pg() ? ", '{}'" : "";
        String tags4 = pg() ? ", '{c}'" : "";
        String tagsNull = pg() ? ", NULL" : "";
        String cols = pg() ? "(\"id\", \"title\", \"views\", \"authorId\", \"tags\")" : "(\"id\", \"title\", \"views\", \"authorId\")";
        return List.of(
                "INSERT INTO \"User\" VALUES (1, 'alice@x.com', 'Alice', 30, 10,"
                        + " '{\"a\":{\"b\":\"hello\"},\"n\":5,\"arr\":[1,2,3]}')",
                "INSERT INTO \"User\" VALUES (2, 'bob@x.com', 'Bob', 25, NULL, '{\"a\":{\"b\":\"world\"},\"n\":10,\"arr\":[3,4]}')",
                "INSERT INTO \"User\" VALUES (3, 'carol@x.com', NULL, 35, 5, NULL)",
                "INSERT INTO \"User\" VALUES (4, 'dave_x@x.com', 'Dave%', 25, 20, '{\"n\":\"str\"}')",
                "INSERT INTO \"User\" VALUES (5, 'eve@x.com', 'eve', 40, NULL, '{\"arr\":[]}')",
                "INSERT INTO \"Profile\" VALUES (1, 'likes cats', 1), (2, 'likes dogs', 2)",
                "INSERT INTO \"Post\" " + cols + " VALUES (1, 'Hello World', 10, 1" + tags1 + "),"
                        + " (2, 'Second', 20, 1" + tags2 + "), (3, 'Third', 5, 2" + tags3 + "),"
                        + " (4, 'Orphan', 0, NULL" + tags4 + "), (5, 'Fifth', 100, 2" + tagsNull + "),"
                        + " (6, 'Sixth', 7, 1" + tagsNull + ")",
                "INSERT INTO \"Category\" VALUES (1, 'tech'), (2, 'life')",
                "INSERT INTO \"_CategoryToPost\" VALUES (1, 1), (1, 2), (2, 2), (2, 3)");
    }

    void create(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String s : ddl()) {
                st.execute(s);
            }
            for (String s : seed()) {
                st.execute(s);
            }
        }
    }

    /** Runs {@code sql} and returns the first column of each row as an int. */
    List<Integer> ids(Connection c, Sql sql) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql.text())) {
            bind(st, sql);
            List<Integer> out = new ArrayList<>();
            try (ResultSet rows = st.executeQuery()) {
                while (rows.next()) {
                    out.add(rows.getInt(1));
                }
            }
            return out;
        }
    }

    void bind(PreparedStatement st, Sql sql) throws SQLException {
        List<Param> params = sql.params();
        for (int i = 0; i < params.size(); i++) {
            dialect.bind(st, i + 1, params.get(i).value(), params.get(i).field());
        }
    }
}
