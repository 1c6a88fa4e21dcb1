package dev.refract.engine.sql;

import dev.refract.model.Model;
import dev.refract.model.ScalarField;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds one statement: SQL text and its parameters, in step, so that a placeholder can never be
 * separated from its value.
 */
public final class SqlWriter {
    private final Dialect dialect;
    private final String defaultSchema;
    private final StringBuilder text = new StringBuilder(256);
    private final List<Param> params = new ArrayList<>();

    /**
     * @param dialect the database's dialect
     * @param defaultSchema the schema that qualifies tables of models without {@code @@schema}, or
     *     null to leave them unqualified (SQLite)
     */
    public SqlWriter(Dialect dialect, String defaultSchema) {
        this.dialect = dialect;
        this.defaultSchema = defaultSchema;
    }

    public Dialect dialect() {
        return dialect;
    }

    public SqlWriter append(String sql) {
        text.append(sql);
        return this;
    }

    public SqlWriter append(char c) {
        text.append(c);
        return this;
    }

    public SqlWriter append(long n) {
        text.append(n);
        return this;
    }

    /** A quoted identifier. */
    public SqlWriter ident(String name) {
        dialect.quote(text, name);
        return this;
    }

    /** {@code "alias"."column"} for a field. */
    public SqlWriter column(String alias, ScalarField field) {
        if (alias != null) {
            dialect.quote(text, alias);
            text.append('.');
        }
        dialect.quote(text, field.databaseName());
        return this;
    }

    /** The model's table, schema-qualified where the dialect has schemas. */
    public SqlWriter table(Model model) {
        String schema = model.schema() != null ? model.schema() : defaultSchema;
        if (schema != null && dialect.has(Capability.SCHEMAS)) {
            dialect.quote(text, schema);
            text.append('.');
        }
        dialect.quote(text, model.databaseName());
        return this;
    }

    /** A table by name (implicit m:n join tables), schema-qualified like {@link #table}. */
    public SqlWriter table(String schema, String name) {
        String s = schema != null ? schema : defaultSchema;
        if (s != null && dialect.has(Capability.SCHEMAS)) {
            dialect.quote(text, s);
            text.append('.');
        }
        dialect.quote(text, name);
        return this;
    }

    /** A placeholder for {@code value}, typed by {@code field} (null: untyped). */
    public SqlWriter param(Object value, ScalarField field) {
        dialect.placeholder(text, field);
        params.add(new Param(value, field));
        return this;
    }

    /**
     * A placeholder typed by {@code field}, without a value: for statement texts whose values are
     * bound by other means ({@link Statement}).
     */
    public SqlWriter placeholder(ScalarField field) {
        dialect.placeholder(text, field);
        return this;
    }

    /** Appends a rendered statement (as a subquery or fragment) with its parameters, in place. */
    public SqlWriter embed(Sql fragment) {
        text.append(fragment.text());
        params.addAll(fragment.params());
        return this;
    }

    /** How many parameters so far. */
    public int paramCount() {
        return params.size();
    }

    /** The SQL text so far (for tests and debugging). */
    public String textSoFar() {
        return text.toString();
    }

    /** The text alone, for a statement that binds its own values; fails if a value was added. */
    public String buildText() {
        if (!params.isEmpty()) {
            throw new IllegalStateException("a text-only statement has " + params.size() + " values");
        }
        return text.toString();
    }

    public Sql build() {
        return new Sql(text.toString(), params);
    }
}
