package dev.refract.engine.sql.write;

import dev.refract.engine.ir.FieldWrite;
import dev.refract.engine.ir.Filter;
import dev.refract.engine.sql.Dialect;
import dev.refract.engine.sql.Sql;
import dev.refract.engine.sql.SqlWriter;
import dev.refract.engine.sql.read.FilterRenderer;
import dev.refract.model.Model;
import dev.refract.model.ScalarField;
import java.util.List;

/**
 * The write statements: INSERT (one or many rows, optionally skipping duplicates), UPDATE, DELETE
 * and the native upsert ({@code INSERT ... ON CONFLICT (...) DO UPDATE}), each optionally with
 * {@code RETURNING}. PostgreSQL and SQLite share this SQL; the one difference, the {@code DEFAULT}
 * keyword inside {@code VALUES} that SQLite lacks, is asked of {@link #defaultInValues()} and the
 * executor never hands SQLite a row with a {@link #DEFAULT} cell.
 *
 * <p>Columns are qualified by the table's own name, never by an alias: SQLite's INSERT takes no
 * alias, and {@code ON CONFLICT DO UPDATE} must tell the stored row from {@code excluded}. Filters
 * render through the reads' {@link FilterRenderer} over that same name.
 */
public final class WriteRenderer {
    /** A cell that takes the column's database default ({@code DEFAULT}). */
    public static final Object DEFAULT = new Object() {
        @Override
        public String toString() {
            return "DEFAULT";
        }
    };

    /** The alias of the keyed subquery that limits updateMany and deleteMany. */
    static final String LIMITED = "t0";

    private final Dialect dialect;
    private final String defaultSchema;

    /**
     * @param dialect the database's dialect
     * @param defaultSchema the schema of models without {@code @@schema}, or null
     */
    public WriteRenderer(Dialect dialect, String defaultSchema) {
        this.dialect = dialect;
        this.defaultSchema = defaultSchema;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** Whether a VALUES row may hold {@code DEFAULT} (PostgreSQL); elsewhere rows are grouped by their columns. */
    public boolean defaultInValues() {
        return !"sqlite".equals(dialect.provider());
    }

    /** A writer for one statement over this renderer's dialect and default schema. */
    public SqlWriter writer() {
        return new SqlWriter(dialect, defaultSchema);
    }

    /**
     * {@code INSERT INTO t (columns) VALUES (...), ... [ON CONFLICT DO NOTHING] [RETURNING ...]}.
     * With no columns, one row of defaults: {@code INSERT INTO t DEFAULT VALUES}.
     *
     * @param rows one array per row, aligned with {@code columns}; a cell may be {@link #DEFAULT}
     * @param returning the columns to return, or empty for none
     */
    public Sql insert(Model model, List<ScalarField> columns, List<Object[]> rows, boolean skipDuplicates,
                      List<ScalarField> returning) {
        SqlWriter w = writer();
        w.append("INSERT INTO ").table(model);
        if (columns.isEmpty()) {
            w.append(" DEFAULT VALUES");
        } else {
            w.append(" (");
            for (int i = 0; i < columns.size(); i++) {
                w.append(i > 0 ? "," : "").ident(columns.get(i).databaseName());
            }
            w.append(") VALUES ");
            for (int r = 0; r < rows.size(); r++) {
                w.append(r > 0 ? "," : "").append('(');
                Object[] row = rows.get(r);
                for (int i = 0; i < columns.size(); i++) {
                    w.append(i > 0 ? "," : "");
                    if (row[i] == DEFAULT) {
                        w.append("DEFAULT");
                    } else {
                        w.param(row[i], columns.get(i));
                    }
                }
                w.append(')');
            }
        }
        if (skipDuplicates) {
            w.append(" ON CONFLICT DO NOTHING");
        }
        returning(w, returning);
        return w.build();
    }

    /** {@code COPY t (columns) FROM STDIN}: a bulk insert whose rows stream as text (PostgreSQL). */
    public String copyFrom(Model model, List<ScalarField> columns) {
        SqlWriter w = writer();
        w.append("COPY ").table(model).append(" (");
        for (int i = 0; i < columns.size(); i++) {
            w.append(i > 0 ? "," : "").ident(columns.get(i).databaseName());
        }
        return w.append(") FROM STDIN").buildText();
    }

    /**
     * The text of {@link #insert} for {@code rows} rows that each set every one of {@code columns}
     * (no {@code DEFAULT} cell), without values: a bulk INSERT binds them from its rows itself.
     */
    public String insertText(Model model, List<ScalarField> columns, int rows, boolean skipDuplicates,
                             List<ScalarField> returning) {
        SqlWriter w = writer();
        w.append("INSERT INTO ").table(model).append(" (");
        for (int i = 0; i < columns.size(); i++) {
            w.append(i > 0 ? "," : "").ident(columns.get(i).databaseName());
        }
        w.append(") VALUES ");
        for (int r = 0; r < rows; r++) {
            w.append(r > 0 ? ",(" : "(");
            for (int i = 0; i < columns.size(); i++) {
                w.append(i > 0 ? "," : "").placeholder(columns.get(i));
            }
            w.append(')');
        }
        if (skipDuplicates) {
            w.append(" ON CONFLICT DO NOTHING");
        }
        returning(w, returning);
        return w.buildText();
    }

    /**
     * {@code UPDATE t SET ... WHERE filter [RETURNING ...]}; with a limit the rows are picked by a
     * keyed subquery, {@code WHERE (key) IN (SELECT key FROM t AS t0 WHERE filter LIMIT n)}, since
     * neither database limits an UPDATE directly (SQLite only when compiled to).
     *
     * @param key the identifier columns, for the limit's subquery
     * @param limit at most this many rows, or null
     */
    public Sql update(Model model, List<FieldWrite> assignments, Filter where, List<ScalarField> key, Long limit,
                      List<ScalarField> returning) {
        SqlWriter w = writer();
        w.append("UPDATE ").table(model).append(" SET ");
        assignments(w, model, assignments);
        where(w, model, where, key, limit);
        returning(w, returning);
        return w.build();
    }

    /** {@code DELETE FROM t WHERE filter [RETURNING ...]}, limited as {@link #update} is. */
    public Sql delete(Model model, Filter where, List<ScalarField> key, Long limit, List<ScalarField> returning) {
        SqlWriter w = writer();
        w.append("DELETE FROM ").table(model);
        where(w, model, where, key, limit);
        returning(w, returning);
        return w.build();
    }

    /**
     * The native upsert: {@code INSERT INTO t (columns) VALUES (...) ON CONFLICT (target) DO UPDATE
     * SET ... WHERE filter RETURNING ...}. With no assignments the conflicting row is still
     * returned: {@code DO UPDATE SET} the first target column to itself.
     *
     * @param row the created row, aligned with {@code columns}
     * @param target the unique columns the where selects by
     * @param where the where of the upsert, over the stored row
     */
    public Sql upsert(Model model, List<ScalarField> columns, Object[] row, List<ScalarField> target,
                      List<FieldWrite> assignments, Filter where, List<ScalarField> returning) {
        SqlWriter w = writer();
        w.append("INSERT INTO ").table(model).append(" (");
        for (int i = 0; i < columns.size(); i++) {
            w.append(i > 0 ? "," : "").ident(columns.get(i).databaseName());
        }
        w.append(") VALUES (");
        for (int i = 0; i < columns.size(); i++) {
            w.append(i > 0 ? "," : "");
            if (row[i] == DEFAULT) {
                w.append("DEFAULT");
            } else {
                w.param(row[i], columns.get(i));
            }
        }
        w.append(") ON CONFLICT (");
        for (int i = 0; i < target.size(); i++) {
            w.append(i > 0 ? "," : "").ident(target.get(i).databaseName());
        }
        w.append(") DO UPDATE SET ");
        if (assignments.isEmpty()) {
            // A no-op update: DO NOTHING would return no row for the existing record.
            ScalarField first = target.get(0);
            w.ident(first.databaseName()).append(" = ").column(model.databaseName(), first);
        } else {
            assignments(w, model, assignments);
        }
        w.append(" WHERE ");
        FilterRenderer.render(w, model, model.databaseName(), where);
        returning(w, returning);
        return w.build();
    }

    private void where(SqlWriter w, Model model, Filter where, List<ScalarField> key, Long limit) {
        if (limit == null) {
            if (!(where instanceof Filter.Const c && c.value())) {
                w.append(" WHERE ");
                FilterRenderer.render(w, model, model.databaseName(), where);
            }
            return;
        }
        w.append(" WHERE ");
        keyColumns(w, model.databaseName(), key);
        w.append(" IN (SELECT ");
        for (int i = 0; i < key.size(); i++) {
            w.append(i > 0 ? ", " : "").column(LIMITED, key.get(i));
        }
        w.append(" FROM ").table(model).append(" AS ").ident(LIMITED).append(" WHERE ");
        FilterRenderer.render(w, model, LIMITED, where);
        w.append(" LIMIT ").param(limit, null).append(')');
    }

    private static void keyColumns(SqlWriter w, String table, List<ScalarField> key) {
        if (key.size() == 1) {
            w.column(table, key.get(0));
            return;
        }
        w.append('(');
        for (int i = 0; i < key.size(); i++) {
            w.append(i > 0 ? ", " : "").column(table, key.get(i));
        }
        w.append(')');
    }

    /** {@code "a" = ?, "b" = "t"."b" + ?, ...}: the current value is read through the table's name. */
    private static void assignments(SqlWriter w, Model model, List<FieldWrite> assignments) {
        String table = model.databaseName();
        for (int i = 0; i < assignments.size(); i++) {
            FieldWrite a = assignments.get(i);
            ScalarField f = a.field();
            w.append(i > 0 ? ", " : "").ident(f.databaseName()).append(" = ");
            switch (a.op()) {
                case SET -> w.param(a.value(), f);
                case INCREMENT -> w.column(table, f).append(" + ").param(a.value(), f);
                case DECREMENT -> w.column(table, f).append(" - ").param(a.value(), f);
                case MULTIPLY -> w.column(table, f).append(" * ").param(a.value(), f);
                case DIVIDE -> w.column(table, f).append(" / ").param(a.value(), f);
                // PostgreSQL arrays: NULL || array is the array, so pushing onto NULL starts a list.
                case PUSH -> w.column(table, f).append(" || ").param(a.value(), f);
                default -> throw new IllegalArgumentException("unknown write operation " + a.op());
            }
        }
    }

    private static void returning(SqlWriter w, List<ScalarField> returning) {
        if (returning.isEmpty()) {
            return;
        }
        w.append(" RETURNING ");
        for (int i = 0; i < returning.size(); i++) {
            w.append(i > 0 ? ", " : "").ident(returning.get(i).databaseName());
        }
    }
}
