package dev.refract.engine.exec.write;

import dev.refract.engine.ir.CreateManyQuery;
import dev.refract.engine.ir.CreateQuery;
import dev.refract.engine.ir.Query;
import dev.refract.engine.ir.Selection;
import dev.refract.engine.ir.WriteData;
import dev.refract.engine.sql.Capability;
import dev.refract.engine.sql.Statement;
import dev.refract.engine.sql.write.WriteRenderer;
import dev.refract.model.Model;
import dev.refract.model.ScalarField;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * createOne, createMany and createManyAndReturn. One record with a scalar selection is one
 * {@code INSERT ... RETURNING}; many records are multi-row INSERTs, as many rows per statement as
 * the dialect's parameter limit allows, at most {@link #ROWS_PER_STATEMENT} (on SQLite, which has no {@code DEFAULT} in VALUES, each
 * statement also holds only rows that set the same columns).
 */
final class Creates {
    /**
     * At most this many rows per INSERT, below the parameter limit: PostgreSQL spends more per row
     * on very long VALUES lists (10,000 rows took 192 ms at 6,553 rows per statement, 120 ms at
     * 1,000, 125 at 500, 128 at 2,000; BENCHMARKS.md, "Writes").
     */
    static final int ROWS_PER_STATEMENT = 1000;

    private final WriteContext x;

    Creates(WriteContext x) {
        this.x = x;
    }

    Map<String, Object> create(Connection c, CreateQuery q) {
        Defaults defaults = new Defaults();
        Model model = q.model();
        if (!q.data().nested().isEmpty()) {
            return x.tx().run(c, q, () -> x.nested().create(c, q, defaults));
        }
        WritePlan plan = x.plan(model);
        Rows.Row row = Rows.forCreate(plan, q.data(), defaults);
        if (Reader.scalarOnly(q.selection())) {
            List<ScalarField> returning = Reader.returning(q.selection(), plan.identifier());
            Object[] out = insertOne(c, model, row, returning, q);
            return Reader.record(q.selection(), returning, out);
        }
        return x.tx().run(c, q, () -> {
            List<ScalarField> key = plan.identifier();
            Object[] k = insertOne(c, model, row, key, q);
            return x.reader().byKeys(c, model, key, List.of(Keys.of(k, 0, key.size())), q.selection()).get(0);
        });
    }

    /** Inserts one row and returns its {@code returning} columns. */
    Object[] insertOne(Connection c, Model model, Rows.Row row, List<ScalarField> returning, Query request) {
        WritePlan plan = x.plan(model);
        List<Rows.Row> one = List.of(row);
        int[] positions = Rows.positions(plan, one);
        Statement sql;
        if (positions.length > 0) {
            // A row's positions are the columns it sets: it always fits.
            sql = insertRows(model, plan, positions, one, false, returning);
        } else {
            sql = x.renderer().insert(model, List.of(), List.of(), false, returning);
        }
        return x.runner().query(c, sql, returning, request).get(0);
    }

    Object createMany(Connection c, CreateManyQuery q) {
        Defaults defaults = new Defaults();
        Model model = q.model();
        WritePlan plan = x.plan(model);
        List<Rows.Row> rows = new ArrayList<>(q.data().size());
        for (WriteData d : q.data()) {
            rows.add(Rows.forCreate(plan, d, defaults));
        }
        Selection selection = q.selection();
        if (rows.isEmpty()) {
            return selection == null ? count(0) : new ArrayList<Map<String, Object>>();
        }
        boolean reread = selection != null && !Reader.scalarOnly(selection);
        List<ScalarField> key = plan.identifier();
        List<ScalarField> returning = selection == null ? List.of()
                : reread ? key : Reader.returning(selection, key);
        if (selection == null && !q.skipDuplicates() && rows.size() > rowsPerStatement(plan)
                && x.renderer().dialect().has(Capability.COPY_FROM_STDIN) && autoCommit(c)) {
            // More than one INSERT's worth of rows: one COPY instead of a transaction of INSERTs.
            // Not inside a transaction: a table refusing COPY would abort it, and there the INSERTs
            // could not be tried instead.
            int[] positions = Rows.positions(plan, rows);
            if (plan.copies() && CopyRows.copies(plan, positions) && InsertRows.fits(plan, positions, rows)) {
                CopyRows copy = new CopyRows(x.renderer().copyFrom(model, Rows.columns(plan, positions)),
                        plan, positions, rows);
                long n = x.runner().copyIn(c, copy, copy, q);
                if (n >= 0) {
                    return count(n);
                }
                plan.refusesCopy(); // remembered: INSERTs from now on
            }
        }
        List<Statement> statements = statements(model, rows, q.skipDuplicates(), returning);
        if (selection == null) {
            if (statements.size() == 1) {
                return count(x.runner().update(c, statements.get(0), q));
            }
            return x.tx().run(c, q, () -> {
                long n = 0;
                for (Statement s : statements) {
                    n += x.runner().update(c, s, q);
                }
                return count(n);
            });
        }
        if (statements.size() == 1 && !reread) {
            return records(selection, returning, x.runner().query(c, statements.get(0), returning, q));
        }
        return x.tx().run(c, q, () -> {
            List<Object[]> out = new ArrayList<>();
            for (Statement s : statements) {
                out.addAll(x.runner().query(c, s, returning, q));
            }
            if (!reread) {
                return records(selection, returning, out);
            }
            List<List<Object>> keys = new ArrayList<>(out.size());
            for (Object[] r : out) {
                keys.add(Keys.of(r, 0, key.size()));
            }
            return x.reader().byKeys(c, model, key, keys, selection);
        });
    }

    /** The multi-row INSERTs of {@code rows}, in order, each returning {@code returning}. */
    List<Statement> statements(Model model, List<Rows.Row> rows, boolean skipDuplicates,
                               List<ScalarField> returning) {
        WritePlan plan = x.plan(model);
        WriteRenderer renderer = x.renderer();
        boolean defaultInValues = renderer.defaultInValues();
        List<Statement> statements = new ArrayList<>();
        for (List<Rows.Row> batch : batches(plan, rows)) {
            int[] positions = Rows.positions(plan, batch);
            if (positions.length > 0 && InsertRows.fits(plan, positions, batch)) {
                // Every row sets the same columns (the usual createMany): bind from the rows.
                statements.add(insertRows(model, plan, positions, batch, skipDuplicates, returning));
                continue;
            }
            List<Object[]> cells = new ArrayList<>(batch.size());
            for (Rows.Row r : batch) {
                cells.add(Rows.cells(plan, r, positions, defaultInValues));
            }
            statements.add(x.renderer().insert(model, Rows.columns(plan, positions), cells, skipDuplicates, returning));
        }
        return statements;
    }

    /** A multi-row INSERT of {@code rows}, which all set the columns at {@code positions}, bound from the rows. */
    private InsertRows insertRows(Model model, WritePlan plan, int[] positions, List<Rows.Row> rows,
                                  boolean skipDuplicates, List<ScalarField> returning) {
        int n = rows.size();
        String text = plan.insertText(positions, n, skipDuplicates, returning,
                () -> x.renderer().insertText(model, Rows.columns(plan, positions), n, skipDuplicates, returning));
        return new InsertRows(text, plan, positions, rows);
    }

    /**
     * Inserts {@code rows} in batched statements inside the caller's transaction and returns each
     * inserted row's {@code returning} columns, in order (none when {@code returning} is empty).
     */
    List<Object[]> insertAll(Connection c, Model model, List<Rows.Row> rows, boolean skipDuplicates,
                             List<ScalarField> returning, Query request) {
        List<Object[]> out = new ArrayList<>();
        for (Statement s : statements(model, rows, skipDuplicates, returning)) {
            if (returning.isEmpty()) {
                x.runner().update(c, s, request);
            } else {
                out.addAll(x.runner().query(c, s, returning, request));
            }
        }
        return out;
    }

    private static List<Map<String, Object>> records(Selection selection, List<ScalarField> columns,
                                                     List<Object[]> rows) {
        List<Map<String, Object>> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            out.add(Reader.record(selection, columns, r));
        }
        return out;
    }

    static Map<String, Object> count(long n) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("count", (int) n);
        return out;
    }

    private static boolean autoCommit(Connection c) {
        try {
            return c.getAutoCommit();
        } catch (java.sql.SQLException e) {
            return false;
        }
    }

    /** At most this many rows of {@code plan}'s model go in one INSERT: the parameter limit, and {@link #ROWS_PER_STATEMENT}. */
    private int rowsPerStatement(WritePlan plan) {
        int width = Math.max(1, plan.width());
        return Math.min(ROWS_PER_STATEMENT, Math.max(1, (x.renderer().dialect().maxBindParameters() - 1) / width));
    }

    /**
     * The rows split into statements: in order, at most as many per statement as fit the parameter
     * limit and, where VALUES cannot say {@code DEFAULT}, only consecutive rows setting the same columns.
     */
    private List<List<Rows.Row>> batches(WritePlan plan, List<Rows.Row> rows) {
        List<List<Rows.Row>> out = new ArrayList<>();
        int perStatement = rowsPerStatement(plan);
        boolean sameColumns = !x.renderer().defaultInValues();
        List<Rows.Row> current = new ArrayList<>();
        for (Rows.Row r : rows) {
            // Where a missing cell cannot say DEFAULT, a statement holds rows leaving the same
            // database-defaulted columns out; other missing cells are NULL, as DEFAULT would be.
            boolean empty = Rows.isEmpty(plan, r);
            boolean split = current.size() >= perStatement
                    || (!current.isEmpty() && empty != Rows.isEmpty(plan, current.get(0)))
                    || (sameColumns && !current.isEmpty() && !Rows.sameDatabaseDefaults(plan, r, current.get(0)));
            if (split) {
                out.add(current);
                current = new ArrayList<>();
            }
            current.add(r);
            // INSERT ... DEFAULT VALUES inserts one row: rows with no column go alone.
            if (empty) {
                out.add(current);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }
}
