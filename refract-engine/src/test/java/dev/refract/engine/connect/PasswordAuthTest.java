package dev.refract.engine.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refract.engine.error.ConnectionException;
import dev.refract.engine.error.RefractException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * P1000 needs a server that checks passwords; the shared test server trusts every local
 * connection, so this class starts its own embedded PostgreSQL with a {@code pg_hba.conf} that
 * asks every role but {@code postgres} for a SCRAM password.
 */
class PasswordAuthTest {
    private static EmbeddedPostgres server;
    private static Path dir;

    @BeforeAll
    static void startServerWithPasswords() throws Exception {
        dir = Files.createTempDirectory("refract-auth-");
        Path hba = dir.resolve("pg_hba.conf");
        Files.writeString(hba, """
                local all all trust
                host all postgres 127.0.0.1/32 trust
                host all postgres ::1/128 trust
                host all all 127.0.0.1/32 scram-sha-256
                host all all ::1/128 scram-sha-256
                """);
        server = EmbeddedPostgres.builder().setServerConfig("hba_file", hba.toString()).start();
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute("SET password_encryption = 'scram-sha-256'");
            st.execute("CREATE ROLE refract_app LOGIN PASSWORD 'right p@ss'");
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
        Files.deleteIfExists(dir.resolve("pg_hba.conf"));
        Files.deleteIfExists(dir);
    }

    private static String url(String userInfo) {
        return "postgresql://" + userInfo + "@127.0.0.1:" + server.getPort() + "/postgres";
    }

    @Test
    void rightPasswordConnects() throws Exception {
        try (ConnectionPool pool = ConnectionPool.open(url("refract_app:right%20p%40ss"), null);
             Connection c = pool.connection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT current_user")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("refract_app");
        }
    }

    @Test
    void wrongPasswordIsP1000() {
        assertP1000(url("refract_app:wrong"), "refract_app");
    }

    @Test
    void unknownUserIsP1000() {
        assertP1000(url("refract_nobody:whatever"), "refract_nobody");
    }

    private static void assertP1000(String url, String user) {
        assertThatThrownBy(() -> ConnectionPool.open(url, null))
                .isInstanceOf(ConnectionException.class)
                .hasMessage("Authentication failed against database server, the provided database credentials for `"
                        + user + "` are not valid.\n\nPlease make sure to provide valid database credentials for the"
                        + " database server at the configured address.")
                .satisfies(e -> {
                    assertThat(((RefractException) e).code()).isEqualTo("P1000");
                    assertThat(((RefractException) e).meta()).isEqualTo(Map.of("database_user", user));
                });
    }
}
