package dev.refract.engine.sql.read;

import dev.refract.engine.ir.Filter;
import dev.refract.engine.sql.Dialect;
import dev.refract.engine.sql.SqlWriter;
import dev.refract.engine.sql.UnsupportedFeatureException;
import dev.refract.model.ScalarField;
import java.util.List;

/**
 * The parts of a read that each database spells its own way, one subclass per database
 * ({@link PostgresReadSyntax}, {@link SqliteReadSyntax}), chosen once from the dialect. What a
 * database cannot express throws {@link UnsupportedFeatureException}: a renderer never silently
 * drops a condition.
 */
public abstract class ReadSyntax {
    /** A piece of SQL written in place (a column, a JSON extraction...). */
    @FunctionalInterface
    public interface Expr {
        void write(SqlWriter w);
    }

    /** The syntax for {@code dialect}'s database. */
    public static ReadSyntax of(Dialect dialect) {
        return switch (dialect.provider()) {
            case "postgresql" -> PostgresReadSyntax.INSTANCE;
            case "sqlite" -> SqliteReadSyntax.INSTANCE;
            default -> throw new UnsupportedFeatureException(dialect.provider(), "reads");
        };
    }

    /** The provider, for error messages. */
    protected abstract String provider();

    /** Throws the standard error for a feature this database lacks. */
    protected final UnsupportedFeatureException unsupported(String feature) {
        return new UnsupportedFeatureException(provider(), feature);
    }

    /** A column as the left side of LIKE (PostgreSQL needs text for LIKE on, say, uuid columns). */
    public abstract void likeOperand(SqlWriter w, String alias, ScalarField field);

    /** {@code lhs [NOT] ILIKE pattern}, or this database's case-insensitive LIKE. */
    public abstract void insensitiveLike(SqlWriter w, Expr lhs, boolean not, Expr pattern);

    /** Full-text {@code search}: the columns' document matches the query. */
    public abstract void search(SqlWriter w, String alias, List<ScalarField> fields, Object query);

    /** Full-text relevance of the query against the columns, for {@code _relevance} ordering. */
    public abstract void relevance(SqlWriter w, String alias, List<ScalarField> fields, String query);

    /** A scalar list operator (has, hasEvery, hasSome, isEmpty, equals) on a list column. */
    public abstract void listFilter(SqlWriter w, String alias, Filter.Scalar filter);

    /**
     * A Json filter.
     *
     * @param reverse true inside an odd number of NOTs: the JSON type guard is then inverted so that
     *     the negation keeps only values of the compared type, as Prisma does
     */
    public abstract void jsonFilter(SqlWriter w, String alias, Filter.Json filter, boolean reverse);

    /**
     * {@code lhs [NOT] IN <values>} for a list too long to bind value by value (over
     * {@link FilterRenderer#BULK_IN_THRESHOLD}): one array or JSON parameter. Returns false when this
     * database or type has no such form, and the caller binds each value.
     */
    public abstract boolean bulkIn(SqlWriter w, Expr lhs, List<?> values, ScalarField field, boolean not);

    /** {@code LIMIT/OFFSET}: either may be null. */
    public abstract void limitOffset(SqlWriter w, Long limit, Long offset);

    /** True when {@code SELECT DISTINCT ON} is available; else distinct uses ROW_NUMBER(). */
    public abstract boolean distinctOn();

    /**
     * The LIKE pattern for a value: the value between wildcards, as Prisma sends it. Its own
     * {@code %} and {@code _} stay wildcards (and on PostgreSQL a backslash escapes the next
     * character, LIKE's default): Prisma 7 answers {@code contains: "%"} with every row, and the
     * differential suite holds Refract to Prisma's answers.
     */
    static String likePattern(String value, boolean leading, boolean trailing) {
        return (leading ? "%" : "") + value + (trailing ? "%" : "");
    }
}
