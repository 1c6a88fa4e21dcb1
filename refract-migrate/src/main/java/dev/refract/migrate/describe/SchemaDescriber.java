package dev.refract.migrate.describe;

import dev.refract.engine.error.RefractException;
import dev.refract.migrate.ddl.SqlSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Describes a live database as a {@link SqlSchema}: tables, columns (Prisma's scalar type and the
 * native type when it is not the default one), defaults, primary keys, indexes, foreign keys,
 * enums and views. Implicit Prisma tables such as {@code _prisma_migrations} are left out.
 */
public final class SchemaDescriber {
    /** Tables Prisma keeps for itself and never shows in a described schema. */
    static final String MIGRATIONS_TABLE = "_prisma_migrations";

    private SchemaDescriber() {
    }

    /**
     * Describes the database behind {@code connection}.
     *
     * @param provider {@code postgresql} or {@code sqlite}
     * @param schemas PostgreSQL schemas to read; empty for the connection's current schema, whose
     *     objects then carry no namespace (as a model without {@code schemas} has none)
     */
    public static SqlSchema describe(Connection connection, String provider, List<String> schemas) {
        try {
            return switch (provider) {
                case "postgresql", "postgres" -> new PostgresDescriber(connection, schemas).describe();
                case "sqlite" -> SqliteDescriber.describe(connection);
                default -> throw new RefractException("P1012", "Refract describes PostgreSQL and SQLite databases, not "
                        + provider + ".");
            };
        } catch (SQLException e) {
            // A catalog query failed: reported as the engine reports a failed raw query.
            throw new RefractException("P2010", "Raw query failed. Code: `" + e.getSQLState() + "`. Message: `"
                    + e.getMessage() + "`", java.util.Map.of(), e);
        }
    }

    /** The text of a catalog query resource. */
    static String sql(String name) {
        try (InputStream in = SchemaDescriber.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
