package dev.refract.schema.connector;

import java.util.List;
import java.util.Optional;

/** The built-in connectors, one instance each, and the lookup of a connector by provider name. */
public final class Connectors {
    public static final Connector POSTGRES = new PostgresConnector();
    public static final Connector MYSQL = new MySqlConnector();
    public static final Connector SQLITE = new SqliteConnector();
    public static final Connector SQLSERVER = new SqlServerConnector();
    public static final Connector COCKROACHDB = new CockroachConnector();
    public static final Connector MONGODB = new MongoDbConnector();
    /** The connector used when a schema has no datasource. */
    public static final Connector EMPTY = new EmptyConnector();

    /** In Prisma's registry order, which decides the first match of a provider name. */
    public static final List<Connector> BUILTIN = List.of(POSTGRES, MYSQL, SQLITE, SQLSERVER, COCKROACHDB, MONGODB);

    private Connectors() {
    }

    /** The connector {@code provider = "name"} selects, if any. */
    public static Optional<Connector> forProvider(String name) {
        return BUILTIN.stream().filter(c -> c.isProvider(name)).findFirst();
    }
}
