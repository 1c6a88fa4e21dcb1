package dev.refract.engine.connect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.testing.TestDatabase;
import dev.refract.testing.TestDatabases;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.config.Datasource;
import dev.refract.schema.config.DatasourceUrls;
import dev.refract.schema.config.UrlResolution;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole path a client takes: {@code url = env("DATABASE_URL")} in the schema, the variable in
 * {@code prisma/.env}, refract-schema's {@link DatasourceUrls} resolving it with {@link DotEnv}'s
 * lookup, and a pool opened on the result (SQLite path relative to the schema's folder).
 */
class SchemaToPoolTest {
    @Test
    void envUrlFromDotEnvNextToTheSchema(@TempDir Path project) throws Exception {
        Path prisma = Files.createDirectories(project.resolve("prisma"));
        Files.writeString(prisma.resolve("schema.prisma"), """
                datasource db {
                  provider = "sqlite"
                  url      = env("REFRACT_TEST_DATABASE_URL")
                }
                """);
        Files.writeString(prisma.resolve(".env"), "REFRACT_TEST_DATABASE_URL=\"file:./app.db?connection_limit=1\"\n");
        Datasource ds = PrismaSchema.validate(Files.readString(prisma.resolve("schema.prisma")))
                .configuration().datasource().orElseThrow();
        Function<String, String> env = DotEnv.load(project, prisma);
        UrlResolution url = DatasourceUrls.url(ds, env);
        assertThat(url.isOk()).isTrue();
        try (ConnectionPool pool = ConnectionPool.open(url.url(), prisma);
             Connection c = pool.connection(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t (id INTEGER)");
            assertThat(pool.info().connectionLimit()).isEqualTo(1);
        }
        assertThat(prisma.resolve("app.db")).exists();
    }

    @Test
    void processEnvironmentWinsOverDotEnv(@TempDir Path project) throws Exception {
        try (TestDatabase db = TestDatabases.postgres()) {
            Files.writeString(project.resolve(".env"), "DATABASE_URL=postgresql://nobody@127.0.0.1:1/none\n");
            Datasource ds = PrismaSchema.validate("datasource db {\n  provider = \"postgresql\"\n"
                    + "  url = env(\"DATABASE_URL\")\n}\n").configuration().datasource().orElseThrow();
            Function<String, String> env = DotEnv.load(Map.of("DATABASE_URL", db.prismaUrl()),
                    List.of(project.resolve(".env")));
            try (ConnectionPool pool = ConnectionPool.open(DatasourceUrls.url(ds, env).url(), project);
                 Connection c = pool.connection(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT current_database()")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo(db.name());
            }
        }
    }
}
