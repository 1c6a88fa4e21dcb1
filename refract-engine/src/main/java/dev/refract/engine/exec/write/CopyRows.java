package dev.refract.engine.exec.write;

import dev.refract.engine.exec.StatementRunner;
import dev.refract.engine.sql.CopyText;
import dev.refract.engine.sql.Dialect;
import dev.refract.engine.sql.Statement;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * A createMany as one {@code COPY t (columns) FROM STDIN} on PostgreSQL, for rows that all set
 * the same columns: the rows stream as text, with no statement to plan per thousand rows and no
 * bind parameters, which is several times less work for the server and the driver than multi-row
 * INSERTs. One statement is atomic on its own, so it needs no transaction either. As a
 * {@link Statement} it is what query events and errors show: its text and every row's values.
 */
final class CopyRows implements Statement, StatementRunner.CopyWriter {
    private final String text;
    private final WritePlan plan;
    private final int[] positions;
    private final List<Rows.Row> rows;

    CopyRows(String text, WritePlan plan, int[] positions, List<Rows.Row> rows) {
        this.text = text;
        this.plan = plan;
        this.positions = positions;
        this.rows = rows;
    }

    /** Whether every column at {@code positions} can go through COPY's text ({@link CopyText#copies}). */
    static boolean copies(WritePlan plan, int[] positions) {
        for (int i : positions) {
            if (!CopyText.copies(plan.field(i))) {
                return false;
            }
        }
        return positions.length > 0;
    }

    @Override
    public void write(CopyText out, StatementRunner.CopyFlush flush) throws SQLException {
        for (Rows.Row r : rows) {
            Object[] s = r.slots(plan);
            for (int j = 0; j < positions.length; j++) {
                if (j > 0) {
                    out.columnEnd();
                }
                int i = positions[j];
                out.value(s[i], plan.field(i));
            }
            out.rowEnd();
            flush.afterRow();
        }
    }

    @Override
    public String text() {
        return text;
    }

    @Override
    public void bind(PreparedStatement statement, Dialect dialect) {
        throw new UnsupportedOperationException("a COPY has no parameters: its rows are streamed");
    }

    @Override
    public List<Object> values() {
        return InsertRows.values(plan, positions, rows);
    }

    @Override
    public String toString() {
        return text + " " + values();
    }
}
