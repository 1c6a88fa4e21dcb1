package dev.refract.migrate.introspect;

import dev.refract.testing.TestDatabase;
import dev.refract.testing.TestDatabases;
import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.migrate.describe.SchemaDescriber;
import dev.refract.schema.PrismaSchema;
import dev.refract.testing.Golden;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code db pull} of hand-written databases beyond the corpus (golden files in
 * {@code introspect/}): two relations between the same models, one-to-one, compound keys, names
 * that need {@code @map}, enums, non-default constraint names, referential actions; the result
 * must also be a valid schema.
 */
class IntrospectionGoldenTest {
    private static final String PG_HEADER = "datasource db {\n  provider = \"postgresql\"\n  url      = env(\"DATABASE_URL\")\n}\n";
    private static final String SQLITE_HEADER = "datasource db {\n  provider = \"sqlite\"\n  url      = env(\"DATABASE_URL\")\n}\n";

    @Test
    void postgres() throws Exception {
        try (TestDatabase db = TestDatabases.postgres(); Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute("CREATE TYPE \"my-mood\" AS ENUM ('sad', 'so so', 'happy')");
            st.execute("CREATE TABLE \"User\" (id serial PRIMARY KEY, email varchar(200) NOT NULL, \"first-name\" text,"
                    + " mood \"my-mood\" NOT NULL DEFAULT 'happy', created timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,"
                    + " score double precision DEFAULT 1.5, tags text[])");
            st.execute("CREATE UNIQUE INDEX \"User_email_key\" ON \"User\"(email)");
            st.execute("CREATE TABLE \"Post\" (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), author_id int NOT NULL"
                    + " REFERENCES \"User\"(id) ON DELETE CASCADE, editor_id int REFERENCES \"User\"(id),"
                    + " title text NOT NULL)");
            st.execute("CREATE INDEX post_title ON \"Post\"(title DESC)");
            st.execute("CREATE TABLE profile (user_id int PRIMARY KEY REFERENCES \"User\"(id) ON DELETE RESTRICT"
                    + " ON UPDATE CASCADE, bio text)");
            st.execute("CREATE TABLE membership (a int NOT NULL, b int NOT NULL, CONSTRAINT m_pk PRIMARY KEY (a, b),"
                    + " CONSTRAINT m_ab UNIQUE (b, a))");
            st.execute("CREATE TABLE log (at timestamptz, line text)");
            st.execute("CREATE TABLE team (id int PRIMARY KEY)");
            st.execute("CREATE UNIQUE INDEX team_id_key ON team(id)");
            st.execute("CREATE TABLE player (id int PRIMARY KEY, team int REFERENCES team(id))");
            st.execute("CREATE TABLE \"Tag\" (id serial PRIMARY KEY)");
            st.execute("CREATE TABLE \"_PostToTag\" (\"A\" uuid NOT NULL REFERENCES \"Post\"(id) ON DELETE CASCADE,"
                    + " \"B\" int NOT NULL REFERENCES \"Tag\"(id) ON DELETE CASCADE, PRIMARY KEY (\"A\", \"B\"))");
            st.execute("CREATE INDEX ON \"_PostToTag\"(\"B\")");
            st.execute("CREATE TABLE \"_Likes\" (\"A\" uuid NOT NULL REFERENCES \"Post\"(id) ON DELETE CASCADE,"
                    + " \"B\" int NOT NULL REFERENCES \"Tag\"(id) ON DELETE CASCADE, PRIMARY KEY (\"A\", \"B\"))");
            String schema = Introspection.render(SchemaDescriber.describe(c, "postgresql", List.of()), "postgresql",
                    PG_HEADER, false);
            Golden.assertMatches("introspect/postgres.prisma", schema);
            assertThat(PrismaSchema.validate(schema).render(false)).isEmpty();
        }
    }

    @Test
    void sqlite() throws Exception {
        try (TestDatabase db = TestDatabases.sqlite(); Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE author (id INTEGER PRIMARY KEY, name TEXT NOT NULL DEFAULT 'anon')");
            st.execute("CREATE TABLE book (id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, author_id INTEGER NOT NULL,"
                    + " price DECIMAL, data BLOB, CONSTRAINT book_author FOREIGN KEY (author_id) REFERENCES author (id)"
                    + " ON DELETE CASCADE ON UPDATE CASCADE)");
            st.execute("CREATE INDEX \"book_author_id_idx\" ON book(author_id)");
            st.execute("CREATE VIEW cheap AS SELECT id FROM book");
            String schema = Introspection.render(SchemaDescriber.describe(c, "sqlite", List.of()), "sqlite",
                    SQLITE_HEADER, false);
            Golden.assertMatches("introspect/sqlite.prisma", schema);
            assertThat(PrismaSchema.validate(schema).render(false)).isEmpty();
        }
    }
}
