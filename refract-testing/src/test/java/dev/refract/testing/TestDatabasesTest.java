package dev.refract.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The test databases are fresh, usable and gone after close; run with -Drefract.test.postgres=embedded too. */
class TestDatabasesTest {
    @Test
    void postgresDatabaseIsFreshAndDroppedOnClose() throws Exception {
        TestDatabase db = TestDatabases.postgres();
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t (id int)");
            try (ResultSet rs = st.executeQuery("SELECT current_database()")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo(db.name());
            }
        }
        try (TestDatabase other = TestDatabases.postgres()) {
            assertThat(other.name()).isNotEqualTo(db.name());
        }
        db.close();
        try (Connection c = db.server().connect("postgres"); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_database WHERE datname = '" + db.name() + "'")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
        System.out.println("PostgreSQL test server: " + db.server());
    }

    @Test
    void sqliteDatabaseIsAFreshFileDeletedOnClose() throws Exception {
        TestDatabase db = TestDatabases.sqlite();
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t (id integer)");
        }
        assertThat(db.file()).exists();
        assertThat(db.prismaUrl()).isEqualTo("file:" + db.file());
        db.close();
        assertThat(Files.exists(db.file())).isFalse();
    }
}
