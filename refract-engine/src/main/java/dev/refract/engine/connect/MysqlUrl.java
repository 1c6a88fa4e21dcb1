package dev.refract.engine.connect;

import java.time.Duration;
import java.util.Properties;

/**
 * A {@code mysql://} URL (parsed now; the engine does not run MySQL yet). Defaults as Prisma's:
 * port 3306, database {@code mysql}, {@code connect_timeout} 5 s, {@code pool_timeout} 10 s,
 * {@code statement_cache_size} 100. Maps to the MariaDB driver's URL and properties.
 *
 * @param host the host (default {@code localhost})
 * @param port the port
 * @param user the decoded user name
 * @param password the decoded password, empty when none
 * @param database the database (first path segment)
 * @param connectionLimit the pool size
 * @param poolTimeout the pool wait, null = forever
 * @param connectTimeout the connect timeout, null = none
 * @param socketTimeout the socket timeout, null = none
 * @param sslAccept the {@code sslaccept} value, or null
 * @param socket the Unix socket path ({@code socket=}), or null
 */
public record MysqlUrl(String host, int port, String user, String password, String database, int connectionLimit,
                       Duration poolTimeout, Duration connectTimeout, Duration socketTimeout, String sslAccept,
                       String socket) implements DatasourceUrl {

    /** Parses a {@code mysql://} URL; P1013 when it is invalid. */
    public static MysqlUrl parse(String url) {
        UrlParts u;
        try {
            u = UrlParts.parse(url);
        } catch (UrlParts.Invalid e) {
            throw DatasourceUrl.invalid(e.getMessage());
        }
        String db = u.firstSegment();
        UrlParams.unsigned("statement_cache_size", u.param("statement_cache_size"), 100);
        return new MysqlUrl(u.host().isEmpty() ? "localhost" : u.host(), u.port() < 0 ? 3306 : u.port(),
                UrlParts.decodeStrict(u.username()), u.password() == null ? "" : UrlParts.decodeStrict(u.password()),
                db == null || db.isEmpty() ? "mysql" : db, UrlParams.connectionLimit(u.param("connection_limit")),
                UrlParams.seconds("pool_timeout", u.param("pool_timeout"), 10),
                UrlParams.seconds("connect_timeout", u.param("connect_timeout"), 5),
                UrlParams.seconds("socket_timeout", u.param("socket_timeout"), 0), u.param("sslaccept"),
                u.param("socket"));
    }

    @Override
    public String provider() {
        return "mysql";
    }

    @Override
    public String jdbcUrl() {
        return "jdbc:mariadb://" + host + ":" + port + "/" + database;
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
        p.setProperty("connectTimeout", Long.toString(connectTimeout == null ? 0 : connectTimeout.toMillis()));
        if (socketTimeout != null) {
            p.setProperty("socketTimeout", Long.toString(socketTimeout.toMillis()));
        }
        if (socket != null) {
            p.setProperty("localSocket", socket);
        }
        if ("strict".equals(sslAccept)) {
            p.setProperty("sslMode", "verify-full");
        }
        return p;
    }

    @Override
    public String toString() {
        return "mysql://" + (user.isEmpty() ? "" : user + (password.isEmpty() ? "" : ":***") + "@") + host + ":" + port
                + "/" + database;
    }
}
