package dev.refract.engine.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refract.engine.error.ConnectionException;
import dev.refract.engine.error.RefractException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * A server that stops under an open pool (its own embedded PostgreSQL, so the shared server is left
 * alone): a connection in use reports P1017, and asking the pool for a new one reports P1001 once
 * {@code pool_timeout} has passed, not P2024, because the pool could not connect at all.
 */
class ServerGoneTest {
    @Test
    void openConnectionIsP1017AndNewOnesAreP1001() throws Exception {
        EmbeddedPostgres server = EmbeddedPostgres.builder().start();
        int port = server.getPort();
        try (ConnectionPool pool = ConnectionPool.open("postgresql://postgres@127.0.0.1:" + port
                + "/postgres?connection_limit=2&pool_timeout=2&connect_timeout=1", null)) {
            Connection held = pool.connection();
            try (Statement st = held.createStatement()) {
                st.execute("SELECT 1");
            }
            server.close();
            RefractException closed = ErrorCase.run(held, pool.info(), "SELECT 1");
            assertThat(closed).isInstanceOf(ConnectionException.class).hasMessage("Server has closed the connection.");
            held.close();
            long start = System.nanoTime();
            assertThatThrownBy(pool::connection)
                    .isInstanceOf(ConnectionException.class)
                    .hasMessage("Can't reach database server at `127.0.0.1:" + port + "`\n\nPlease make sure your"
                            + " database server is running at `127.0.0.1:" + port + "`.");
            long waitedMs = (System.nanoTime() - start) / 1_000_000;
            assertThat(waitedMs).isLessThan(10_000L);
        } finally {
            server.close();
        }
    }
}
