package dev.refract.engine.connect;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

/**
 * A {@code postgresql://} URL with Prisma's parameters and defaults, turned into pgjdbc's.
 *
 * <p>Parameters: {@code schema} (default {@code public}; the search path), {@code connection_limit},
 * {@code pool_timeout} (seconds, default 10, 0 = wait forever), {@code connect_timeout} (seconds,
 * default 5, 0 = none), {@code socket_timeout} (seconds), {@code sslmode}
 * ({@code disable}/{@code prefer}/{@code require}; anything else means {@code prefer}),
 * {@code sslcert} (CA or server certificate file), {@code sslidentity} (PKCS#12 client identity),
 * {@code sslpassword}, {@code sslaccept} ({@code strict} verifies the certificate and host name;
 * {@code accept_invalid_certs}, the default, does not), {@code pgbouncer=true} (no server-side
 * prepared statements, search path set by SQL), {@code statement_cache_size} (default 100, 0 = off),
 * {@code application_name}, {@code options}, {@code host} (overrides the URL's host),
 * {@code max_connection_lifetime} and {@code max_idle_connection_lifetime} (seconds, default none
 * and 300). Unknown parameters are ignored, as Prisma ignores them.
 *
 * @param host the host (default {@code localhost})
 * @param port the port (default 5432)
 * @param user the decoded user name
 * @param password the decoded password, empty when none
 * @param database the database (first path segment, as written; default {@code postgres})
 * @param schema the schema
 * @param connectionLimit the pool size
 * @param poolTimeout the pool wait, null = forever
 * @param connectTimeout the connect timeout, null = none
 * @param socketTimeout the socket timeout, null = none
 * @param sslMode {@code disable}, {@code prefer} or {@code require}
 * @param sslCert the CA/server certificate file (resolved), or null
 * @param sslIdentity the client identity file (resolved), or null
 * @param sslPassword the identity's password, or null
 * @param sslAcceptStrict whether certificates are verified
 * @param pgBouncer whether {@code pgbouncer=true}
 * @param statementCacheSize the prepared statement cache size
 * @param applicationName the application name, or null
 * @param options the server options, or null
 * @param maxConnectionLifetime the connection lifetime, null = unlimited
 * @param maxIdleConnectionLifetime the idle lifetime, null = unlimited
 */
public record PostgresUrl(String host, int port, String user, String password, String database, String schema,
                          int connectionLimit, Duration poolTimeout, Duration connectTimeout, Duration socketTimeout,
                          String sslMode, Path sslCert, Path sslIdentity, String sslPassword, boolean sslAcceptStrict,
                          boolean pgBouncer, int statementCacheSize, String applicationName, String options,
                          Duration maxConnectionLifetime, Duration maxIdleConnectionLifetime)
        implements DatasourceUrl {

    /** Parses a {@code postgresql://} or {@code postgres://} URL; P1013 when it is invalid. */
    public static PostgresUrl parse(String url, Path baseDir) {
        UrlParts u;
        try {
            u = UrlParts.parse(url);
        } catch (UrlParts.Invalid e) {
            throw DatasourceUrl.invalid(e.getMessage());
        }
        String host = u.param("host") != null ? u.param("host") : u.host().isEmpty() ? "localhost" : u.host();
        String db = u.firstSegment();
        String sslMode = u.param("sslmode");
        if (sslMode == null || !(sslMode.equals("disable") || sslMode.equals("require"))) {
            sslMode = "prefer"; // Prisma falls back to prefer for anything it does not know
        }
        String accept = u.param("sslaccept");
        boolean pgBouncer = UrlParams.bool("pgbouncer", u.param("pgbouncer"));
        long cache = UrlParams.unsigned("statement_cache_size", u.param("statement_cache_size"), 100);
        return new PostgresUrl(host, u.port() < 0 ? 5432 : u.port(), UrlParts.decodeStrict(u.username()),
                u.password() == null ? "" : UrlParts.decodeStrict(u.password()), db == null ? "postgres" : db,
                u.param("schema") != null ? u.param("schema") : "public",
                UrlParams.connectionLimit(u.param("connection_limit")),
                UrlParams.seconds("pool_timeout", u.param("pool_timeout"), 10),
                UrlParams.seconds("connect_timeout", u.param("connect_timeout"), 5),
                UrlParams.seconds("socket_timeout", u.param("socket_timeout"), 0),
                sslMode, resolve(baseDir, u.param("sslcert")), resolve(baseDir, u.param("sslidentity")),
                u.param("sslpassword"), accept != null && !accept.equals("accept_invalid_certs"), pgBouncer,
                (int) Math.min(cache, Integer.MAX_VALUE), u.param("application_name"), u.param("options"),
                UrlParams.seconds("max_connection_lifetime", u.param("max_connection_lifetime"), 0),
                UrlParams.seconds("max_idle_connection_lifetime", u.param("max_idle_connection_lifetime"), 300));
    }

    static Path resolve(Path baseDir, String file) {
        if (file == null) {
            return null;
        }
        Path p = Path.of(file);
        return p.isAbsolute() || baseDir == null ? p : baseDir.resolve(p).normalize();
    }

    @Override
    public String provider() {
        return "postgresql";
    }

    @Override
    public String jdbcUrl() {
        String h = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
        return "jdbc:postgresql://" + h + ":" + port + "/" + database;
    }

    @Override
    public Properties jdbcProperties() {
        Properties p = new Properties();
        if (!user.isEmpty()) {
            p.setProperty("user", user);
        }
        if (!password.isEmpty()) {
            p.setProperty("password", password);
        }
        // Behind PgBouncer the search path cannot travel as a startup parameter: see connectionInitSql.
        if (!pgBouncer) {
            p.setProperty("currentSchema", quoteIdent(schema));
        }
        p.setProperty("connectTimeout", connectTimeout == null ? "0" : Long.toString(connectTimeout.toSeconds()));
        if (socketTimeout != null) {
            p.setProperty("socketTimeout", Long.toString(socketTimeout.toSeconds()));
        }
        p.setProperty("sslmode", sslMode.equals("require") && sslAcceptStrict ? "verify-full" : sslMode);
        if (sslCert != null) {
            p.setProperty("sslrootcert", sslCert.toString());
        }
        if (sslIdentity != null) {
            p.setProperty("sslkey", sslIdentity.toString());
        }
        if (sslPassword != null) {
            p.setProperty("sslpassword", sslPassword);
        }
        if (pgBouncer || statementCacheSize == 0) {
            // No named server-side statements: PgBouncer in transaction mode cannot keep them.
            p.setProperty("prepareThreshold", "0");
            p.setProperty("preparedStatementCacheQueries", "0");
        } else {
            p.setProperty("preparedStatementCacheQueries", Integer.toString(statementCacheSize));
        }
        if (applicationName != null) {
            p.setProperty("ApplicationName", applicationName);
        }
        if (options != null) {
            p.setProperty("options", options);
        }
        return p;
    }

    @Override
    public String connectionInitSql() {
        return pgBouncer ? "SET search_path = " + quoteIdent(schema) : null;
    }

    @Override
    public String toString() {
        return "postgresql://" + (user.isEmpty() ? "" : user + (password.isEmpty() ? "" : ":***") + "@") + host + ":"
                + port + "/" + database + "?schema=" + schema;
    }

    private static String quoteIdent(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
