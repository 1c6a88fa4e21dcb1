package dev.refract.engine.exec.write;

import dev.refract.engine.sql.Dialect;
import dev.refract.engine.sql.Statement;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A multi-row INSERT that binds its values straight from its rows' slots. A createMany of 10,000
 * rows would otherwise copy every cell twice (into a row of cells, then into a {@code Param}) before
 * binding it, and render the same 1,000 rows of placeholders for every statement; here the text
 * comes from {@link WritePlan#insertText} and each cell is bound where it lies.
 *
 * <p>Only for rows that set every column of {@code positions}: a row leaving one out needs a
 * {@code DEFAULT} (or NULL) cell, which goes through {@code WriteRenderer.insert} instead.
 */
final class InsertRows implements Statement {
    private final String text;
    private final WritePlan plan;
    private final int[] positions;
    private final List<Rows.Row> rows;

    InsertRows(String text, WritePlan plan, int[] positions, List<Rows.Row> rows) {
        this.text = text;
        this.plan = plan;
        this.positions = positions;
        this.rows = rows;
    }

    /** Whether every row sets every column at {@code positions}, as this statement needs. */
    static boolean fits(WritePlan plan, int[] positions, List<Rows.Row> rows) {
        for (Rows.Row r : rows) {
            Object[] s = r.slots(plan);
            for (int i : positions) {
                if (s[i] == Rows.ABSENT) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public String text() {
        return text;
    }

    @Override
    public void bind(PreparedStatement statement, Dialect dialect) throws SQLException {
        int index = 1;
        for (Rows.Row r : rows) {
            Object[] s = r.slots(plan);
            for (int i : positions) {
                dialect.bind(statement, index++, s[i], plan.field(i));
            }
        }
    }

    @Override
    public List<Object> values() {
        return values(plan, positions, rows);
    }

    /** The cells at {@code positions} of every row, row by row: what a bulk statement sends. */
    static List<Object> values(WritePlan plan, int[] positions, List<Rows.Row> rows) {
        List<Object> out = new ArrayList<>(rows.size() * positions.length);
        for (Rows.Row r : rows) {
            Object[] s = r.slots(plan);
            for (int i : positions) {
                out.add(s[i]);
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return text + " " + values();
    }
}
