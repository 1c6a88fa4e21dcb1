package dev.refract.engine.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.refract.engine.error.RefractException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * MySQL errors from the MariaDB at 127.0.0.1:3306 (user root, no password), in a database of this
 * class's own. Skipped when nothing listens there, except under CI=true, where it must.
 */
class MysqlErrorsTest {
    private static final String SERVER = "mysql://root@127.0.0.1:3306/";
    private static String name;
    private static ConnectionPool pool;
    private static ConnectionInfo info;

    @BeforeAll
    static void setUp() throws Exception {
        boolean up;
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", 3306), 1000);
            up = true;
        } catch (java.io.IOException e) {
            up = false;
        }
        if (!up && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError("No MariaDB/MySQL at 127.0.0.1:3306 (required under CI=true)");
        }
        assumeTrue(up, "no MariaDB/MySQL at 127.0.0.1:3306");
        name = "refract_connect_" + ProcessHandle.current().pid() + "_" + UUID.randomUUID().toString().substring(0, 8);
        try (ConnectionPool admin = ConnectionPool.open(SERVER + "mysql?connection_limit=1", null);
             Connection c = admin.connection(); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE `" + name + "`");
            st.execute("CREATE USER '" + name + "'@'%' IDENTIFIED BY 'right'");
            st.execute("CREATE USER '" + name + "'@'localhost' IDENTIFIED BY 'right'");
            st.execute("CREATE USER '" + name + "'@'127.0.0.1' IDENTIFIED BY 'right'");
        }
        pool = ConnectionPool.open(SERVER + name + "?connection_limit=2", null);
        info = pool.info();
        try (Connection c = pool.connection(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE User (id INT PRIMARY KEY, email VARCHAR(50), code VARCHAR(3), nick VARCHAR(10) NOT"
                    + " NULL DEFAULT 'x', tiny TINYINT, UNIQUE KEY User_email_key (email)) ENGINE=InnoDB");
            st.execute("CREATE TABLE Post (id INT PRIMARY KEY, authorId INT, CONSTRAINT Post_authorId_fkey FOREIGN KEY"
                    + " (authorId) REFERENCES User (id)) ENGINE=InnoDB");
            st.execute("INSERT INTO User (id, email) VALUES (1, 'a@x')");
        }
    }

    @AfterAll
    static void tearDown() throws Exception {
        if (pool == null) {
            return;
        }
        try (Connection c = pool.connection(); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE `" + name + "`");
            for (String host : new String[] {"%", "localhost", "127.0.0.1"}) {
                st.execute("DROP USER IF EXISTS '" + name + "'@'" + host + "'");
            }
        }
        pool.close();
    }

    private static RefractException fails(String sql, Object... bindings) throws SQLException {
        try (Connection c = pool.connection()) {
            return ErrorCase.run(c, info, sql, bindings);
        }
    }

    @Test
    void statementErrors() throws Exception {
        RefractException unique = fails("INSERT INTO User (id, email) VALUES (?, ?)", 2, "a@x");
        assertThat(unique.code()).isEqualTo("P2002");
        assertThat(unique).hasMessage("Unique constraint failed on the constraint: `User_email_key`");
        assertThat(unique.meta()).isEqualTo(Map.of("target", "User_email_key"));

        RefractException fk = fails("INSERT INTO Post (id, authorId) VALUES (?, ?)", 1, 99);
        assertThat(fk).hasMessage("Foreign key constraint failed on the field: `authorId`");

        RefractException nul = fails("INSERT INTO User (id, nick) VALUES (?, NULL)", 3);
        assertThat(nul).hasMessage("Null constraint violation on the fields: (`nick`)");
        assertThat(nul.meta()).isEqualTo(Map.of("constraint", List.of("nick")));

        assertThat(fails("SELECT * FROM Nope")).hasMessage("The table `Nope` does not exist in the current database.");
        assertThat(fails("SELECT zz FROM User")).hasMessage("The column `zz` does not exist in the current database.");
        assertThat(fails("INSERT INTO User (id, code) VALUES (?, ?)", 4, "abcd"))
                .hasMessage("The provided value for the column is too long for the column's type. Column: code");
        RefractException range = fails("INSERT INTO User (id, tiny) VALUES (?, ?)", 5, 1000);
        assertThat(range.code()).isEqualTo("P2020");
        assertThat(range).hasMessage("Value out of range for the type. Out of range value for column 'tiny' at row 1");

        RefractException other = fails("SELEC 1");
        assertThat(other.code()).isEqualTo("P2010");
        assertThat(other.getMessage()).startsWith("Raw query failed. Code: `1064`. Message: `You have an error in your"
                + " SQL syntax");
    }

    @Test
    void connectionErrors() {
        assertThatThrownBy(() -> ConnectionPool.open(SERVER + name + "_missing", null))
                .hasMessage("Database `" + name + "_missing` does not exist")
                .extracting(e -> ((RefractException) e).code()).isEqualTo("P1003");
        // A known user with a wrong password is 1045, which Prisma reads as P1000 (MariaDB answers an
        // unknown user with 1698, which Prisma does not map).
        assertThatThrownBy(() -> ConnectionPool.open("mysql://" + name + ":wrong@127.0.0.1:3306/" + name, null))
                .hasMessageStartingWith("Authentication failed against database server, the provided database"
                        + " credentials for `" + name + "` are not valid.")
                .extracting(e -> ((RefractException) e).code()).isEqualTo("P1000");
        assertThatThrownBy(() -> ConnectionPool.open("mysql://root@127.0.0.1:1/" + name, null))
                .hasMessageStartingWith("Can't reach database server at `127.0.0.1:1`")
                .extracting(e -> ((RefractException) e).code()).isEqualTo("P1001");
    }
}
