package dev.refract.engine.sql;

import dev.refract.model.ScalarField;
import dev.refract.model.SchemaModel;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;

/**
 * One database's SQL: quoting, placeholders, how values go in and come out, and what it can do.
 * Chosen once per engine from the datasource's provider; everything dialect-specific that is more
 * than a word goes through here or a renderer of the dialect's own.
 */
public interface Dialect {
    /** The Prisma provider name: {@code postgresql}, {@code sqlite}, {@code mysql}. */
    String provider();

    /**
     * The schema this dialect was chosen for: renderers resolve relations (related models, join
     * tables) through it. Null when the dialect was built without one.
     */
    default SchemaModel schema() {
        return null;
    }

    /** What this dialect can express. */
    Set<Capability> capabilities();

    default boolean has(Capability capability) {
        return capabilities().contains(capability);
    }

    /** Throws {@link UnsupportedFeatureException} unless the capability is there. */
    default void require(Capability capability, String feature) {
        if (!has(capability)) {
            throw new UnsupportedFeatureException(provider(), feature);
        }
    }

    /**
     * Appends {@code identifier} quoted. The default is standard SQL's, which PostgreSQL and SQLite
     * share: in double quotes, a double quote inside doubled. (MySQL's backticks will override it.)
     */
    default void quote(StringBuilder out, String identifier) {
        out.append('"');
        for (int i = 0; i < identifier.length(); i++) {
            char c = identifier.charAt(i);
            if (c == '"') {
                out.append('"');
            }
            out.append(c);
        }
        out.append('"');
    }

    /**
     * Appends the placeholder for a value of {@code field}'s type, with any cast the database needs
     * to compare it with the column ({@code ?::"Role"} for a PostgreSQL enum, {@code ?::jsonb}).
     * {@code field} may be null for untyped values. The default is a plain {@code ?}: PostgreSQL and
     * SQLite bind enums and Json untyped and let the server infer the column's type.
     */
    default void placeholder(StringBuilder out, ScalarField field) {
        out.append('?');
    }

    /** Binds one value (IR Java types) of {@code field}'s type at {@code index}. */
    void bind(PreparedStatement statement, int index, Object value, ScalarField field) throws SQLException;

    /** Reads one column as {@code field}'s IR Java type; null for SQL NULL. */
    Object read(ResultSet rows, int column, ScalarField field) throws SQLException;

    /**
     * A reader of columns of {@code field}'s type, equivalent to {@link #read}; statements resolve
     * one per column before their row loop. Dialects override it with direct getters for the
     * common types.
     */
    default ColumnReader reader(ScalarField field) {
        return (rows, column) -> read(rows, column, field);
    }

    /** How many parameters one statement may bind; IN lists are chunked under it. */
    int maxBindParameters();

    /**
     * A fresh buffer for rows in {@code COPY ... FROM STDIN} text, where the dialect has
     * {@link Capability#COPY_FROM_STDIN}.
     *
     * @throws UnsupportedFeatureException elsewhere
     */
    default CopyText copyText() {
        throw new UnsupportedFeatureException(provider(), "COPY FROM STDIN");
    }
}
