package dev.refract.engine.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refract.engine.error.RefractException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** URL parsing as Prisma parses: every parameter, defaults, percent-encoding, and the P1013 texts. */
class DatasourceUrlTest {
    private static final Path BASE = Path.of("/work/app/prisma");

    @Test
    void postgresWithEveryParameter() {
        PostgresUrl u = (PostgresUrl) DatasourceUrl.parse("postgresql://us%40er:p%40ss%3Aw%2Fo%23rd+x@db.example.com:6543"
                + "/my_db?schema=Tenant1&connection_limit=7&pool_timeout=0&connect_timeout=0&socket_timeout=30"
                + "&sslmode=require&sslcert=certs/ca.pem&sslidentity=/abs/id.p12&sslpassword=pw%21&sslaccept=strict"
                + "&pgbouncer=true&statement_cache_size=0&application_name=my+app%20x&options=-c%20geqo%3Doff"
                + "&max_connection_lifetime=60&max_idle_connection_lifetime=0&unknown=1", BASE);
        assertThat(u.user()).isEqualTo("us@er");
        assertThat(u.password()).isEqualTo("p@ss:w/o#rd+x");
        assertThat(u.host()).isEqualTo("db.example.com");
        assertThat(u.port()).isEqualTo(6543);
        assertThat(u.database()).isEqualTo("my_db");
        assertThat(u.schema()).isEqualTo("Tenant1");
        assertThat(u.connectionLimit()).isEqualTo(7);
        assertThat(u.poolTimeout()).isNull();
        assertThat(u.connectTimeout()).isNull();
        assertThat(u.socketTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(u.sslMode()).isEqualTo("require");
        assertThat(u.sslCert()).isEqualTo(Path.of("/work/app/prisma/certs/ca.pem"));
        assertThat(u.sslIdentity()).isEqualTo(Path.of("/abs/id.p12"));
        assertThat(u.sslPassword()).isEqualTo("pw!");
        assertThat(u.sslAcceptStrict()).isTrue();
        assertThat(u.pgBouncer()).isTrue();
        assertThat(u.statementCacheSize()).isZero();
        assertThat(u.applicationName()).isEqualTo("my app x");
        assertThat(u.options()).isEqualTo("-c geqo=off");
        assertThat(u.maxConnectionLifetime()).isEqualTo(Duration.ofSeconds(60));
        assertThat(u.maxIdleConnectionLifetime()).isNull();

        assertThat(u.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.com:6543/my_db");
        Properties p = u.jdbcProperties();
        assertThat(p.getProperty("user")).isEqualTo("us@er");
        assertThat(p.getProperty("password")).isEqualTo("p@ss:w/o#rd+x");
        assertThat(p.getProperty("currentSchema")).isNull(); // behind PgBouncer: set by SQL instead
        assertThat(u.connectionInitSql()).isEqualTo("SET search_path = \"Tenant1\"");
        assertThat(p.getProperty("connectTimeout")).isEqualTo("0");
        assertThat(p.getProperty("socketTimeout")).isEqualTo("30");
        assertThat(p.getProperty("sslmode")).isEqualTo("verify-full");
        assertThat(p.getProperty("sslrootcert")).isEqualTo("/work/app/prisma/certs/ca.pem");
        assertThat(p.getProperty("sslkey")).isEqualTo("/abs/id.p12");
        assertThat(p.getProperty("sslpassword")).isEqualTo("pw!");
        assertThat(p.getProperty("prepareThreshold")).isEqualTo("0");
        assertThat(p.getProperty("preparedStatementCacheQueries")).isEqualTo("0");
        assertThat(p.getProperty("ApplicationName")).isEqualTo("my app x");
        assertThat(p.getProperty("options")).isEqualTo("-c geqo=off");
        assertThat(u.toString()).doesNotContain("p@ss").contains(":***@");
    }

    @Test
    void postgresDefaults() {
        PostgresUrl u = (PostgresUrl) DatasourceUrl.parse("postgres://localhost/db", BASE);
        assertThat(u.provider()).isEqualTo("postgresql");
        assertThat(u.port()).isEqualTo(5432);
        assertThat(u.user()).isEmpty();
        assertThat(u.password()).isEmpty();
        assertThat(u.schema()).isEqualTo("public");
        assertThat(u.connectionLimit()).isEqualTo(Runtime.getRuntime().availableProcessors() * 2 + 1);
        assertThat(u.poolTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(u.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(u.socketTimeout()).isNull();
        assertThat(u.sslMode()).isEqualTo("prefer");
        assertThat(u.sslAcceptStrict()).isFalse();
        assertThat(u.pgBouncer()).isFalse();
        assertThat(u.statementCacheSize()).isEqualTo(100);
        assertThat(u.maxIdleConnectionLifetime()).isEqualTo(Duration.ofSeconds(300));
        assertThat(u.connectionInitSql()).isNull();
        Properties p = u.jdbcProperties();
        assertThat(p.getProperty("user")).isNull();
        assertThat(p.getProperty("currentSchema")).isEqualTo("\"public\"");
        assertThat(p.getProperty("connectTimeout")).isEqualTo("5");
        assertThat(p.getProperty("sslmode")).isEqualTo("prefer");
        assertThat(p.getProperty("prepareThreshold")).isNull();
        assertThat(p.getProperty("preparedStatementCacheQueries")).isEqualTo("100");
    }

    @Test
    void postgresHostsAndDatabases() {
        assertThat(pg("postgresql://localhost:5432").database()).isEqualTo("postgres");
        assertThat(pg("postgresql://h/").database()).isEmpty();
        assertThat(pg("postgresql://h/a/b").database()).isEqualTo("a");
        assertThat(pg("postgresql:///db").host()).isEqualTo("localhost");
        assertThat(pg("postgresql:///db?host=%2Fvar%2Frun%2Fpostgresql").host()).isEqualTo("/var/run/postgresql");
        PostgresUrl v6 = pg("postgresql://[2001:db8::1]:5433/db");
        assertThat(v6.host()).isEqualTo("2001:db8::1");
        assertThat(v6.jdbcUrl()).isEqualTo("jdbc:postgresql://[2001:db8::1]:5433/db");
        PostgresUrl at = pg("postgresql://u:p@ss@host/db"); // the last '@' ends the credentials
        assertThat(at.password()).isEqualTo("p@ss");
        assertThat(at.host()).isEqualTo("host");
        assertThat(pg("postgresql://u:%ZZ@h/db").password()).isEqualTo("%ZZ");
        assertThat(pg("postgresql://h/db?sslmode=verify-full").sslMode()).isEqualTo("prefer");
        assertThat(pg("postgresql://h/db?sslaccept=bogus").sslAcceptStrict()).isTrue();
        assertThat(pg("postgresql://h/db?schema=a&schema=b").schema()).isEqualTo("b");
        assertThat(pg("POSTGRESQL://h/db".toLowerCase()).host()).isEqualTo("h");
    }

    @Test
    void invalidPostgresUrlsAreP1013WithPrismasText() {
        assertThatThrownBy(() -> pg("postgresql://root:password-with-#@localhost:5432/postgres"))
                .isInstanceOf(RefractException.class)
                .hasMessage("The provided database string is invalid. invalid port number in database URL. Please refer to"
                        + " the documentation in https://www.prisma.io/docs/reference/database-reference/connection-urls"
                        + " for constructing a correct connection string. In some cases, certain characters must be"
                        + " escaped. Please check the string for any illegal characters.")
                .extracting(e -> ((RefractException) e).code()).isEqualTo("P1013");
        assertDetails("postgresql://h:70000/db", "invalid port number");
        assertDetails("postgresql://h:54a/db", "invalid port number");
        assertDetails("postgresql://user@:5432/db", "empty host");
        assertDetails("postgresql://ho st/db", "invalid domain character");
        assertDetails("postgresql://[zz]/db", "invalid IPv6 address");
        assertDetails("postgresql://h/db?connection_limit=abc", "Invalid value `abc` for the connection parameter"
                + " `connection_limit` (expected a non-negative integer)");
        assertDetails("postgresql://h/db?connection_limit=0", "Invalid value `0` for the connection parameter"
                + " `connection_limit` (expected 1 or more)");
        assertDetails("postgresql://h/db?pool_timeout=-1", "Invalid value `-1` for the connection parameter"
                + " `pool_timeout` (expected a non-negative integer)");
        assertDetails("postgresql://h/db?pgbouncer=yes", "Invalid value `yes` for the connection parameter"
                + " `pgbouncer` (expected `true` or `false`)");
        assertDetails("mongodb://h/db", "unsupported database URL protocol (expected `postgresql://`, `postgres://`,"
                + " `file:` or `mysql://`)");
        assertDetails("  ", "empty database URL");
    }

    @Test
    void sqliteRelativeToTheSchemaFolder(@TempDir Path tmp) throws Exception {
        Path schemaDir = Files.createDirectories(tmp.resolve("prisma"));
        SqliteUrl u = (SqliteUrl) DatasourceUrl.parse("file:./dev.db", schemaDir);
        assertThat(u.file()).isEqualTo(schemaDir.resolve("dev.db"));
        assertThat(((SqliteUrl) DatasourceUrl.parse("file:dev.db", schemaDir)).file())
                .isEqualTo(schemaDir.resolve("dev.db"));
        assertThat(((SqliteUrl) DatasourceUrl.parse("file:../data/x.db", schemaDir)).file())
                .isEqualTo(tmp.resolve("data/x.db"));
        assertThat(((SqliteUrl) DatasourceUrl.parse("file:/var/db/x.db", schemaDir)).file())
                .isEqualTo(Path.of("/var/db/x.db"));
        assertThat(u.jdbcUrl()).isEqualTo("jdbc:sqlite:" + schemaDir.resolve("dev.db"));
        assertThat(u.provider()).isEqualTo("sqlite");
        assertThat(u.jdbcProperties().getProperty("foreign_keys")).isEqualTo("true");
        assertThat(u.jdbcProperties().getProperty("busy_timeout")).isEqualTo("5000");
        assertThat(u.connectionLimit()).isEqualTo(DatasourceUrl.defaultConnectionLimit());

        SqliteUrl p = (SqliteUrl) DatasourceUrl.parse("file:dev.db?connection_limit=3&socket_timeout=2&mode=x", schemaDir);
        assertThat(p.connectionLimit()).isEqualTo(3);
        assertThat(p.jdbcProperties().getProperty("busy_timeout")).isEqualTo("2000");

        assertThatThrownBy(() -> DatasourceUrl.parse("file:" + tmp, schemaDir))
                .hasMessage("The provided database string is invalid. " + tmp);
        assertDetails("file:dev.db?connection_limit=x", "Invalid value `x` for the connection parameter"
                + " `connection_limit` (expected a non-negative integer)");
    }

    @Test
    void mysql() {
        MysqlUrl u = (MysqlUrl) DatasourceUrl.parse("mysql://root:pa%24s@db:3307/shop?connection_limit=4"
                + "&pool_timeout=3&socket_timeout=9&sslaccept=strict", BASE);
        assertThat(u.user()).isEqualTo("root");
        assertThat(u.password()).isEqualTo("pa$s");
        assertThat(u.port()).isEqualTo(3307);
        assertThat(u.database()).isEqualTo("shop");
        assertThat(u.connectionLimit()).isEqualTo(4);
        assertThat(u.poolTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(u.jdbcUrl()).isEqualTo("jdbc:mariadb://db:3307/shop");
        assertThat(u.jdbcProperties().getProperty("connectTimeout")).isEqualTo("5000");
        assertThat(u.jdbcProperties().getProperty("socketTimeout")).isEqualTo("9000");
        assertThat(u.jdbcProperties().getProperty("sslMode")).isEqualTo("verify-full");
        MysqlUrl d = (MysqlUrl) DatasourceUrl.parse("mysql://h", BASE);
        assertThat(d.port()).isEqualTo(3306);
        assertThat(d.database()).isEqualTo("mysql");
        assertDetails("mysql://root:x#y@h/db", "invalid port number");
    }

    private static PostgresUrl pg(String url) {
        return (PostgresUrl) DatasourceUrl.parse(url, BASE);
    }

    private static void assertDetails(String url, String details) {
        assertThatThrownBy(() -> DatasourceUrl.parse(url, BASE))
                .isInstanceOf(RefractException.class)
                .satisfies(e -> {
                    RefractException r = (RefractException) e;
                    assertThat(r.code()).isEqualTo("P1013");
                    assertThat(r.getMessage()).startsWith("The provided database string is invalid. " + details
                            + " in database URL. Please refer to the documentation in " + DatasourceUrl.DOCS);
                    assertThat((String) r.meta().get("details")).startsWith(details + " in database URL.");
                });
    }
}
