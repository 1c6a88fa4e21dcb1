package dev.refract.schema.format;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A run of lines whose columns are aligned: field name, type and attributes in models;
 * key and {@code = value} in configuration blocks; value and attributes in enums.
 *
 * <p>Each row has columns plus a suffix (a trailing comment) that is written after the last
 * column and never widens it. Interleaved rows (lines the parser did not understand) are
 * written verbatim and take no part in the layout. Widths count UTF-8 bytes, as Prisma does,
 * so that a multi-byte character aligns exactly like Prisma's output.
 */
final class Table {
    private final List<Row> rows = new ArrayList<>();

    /** One line: aligned columns and a free suffix, or, when {@code verbatim} is set, a line kept as is. */
    private static final class Row {
        final List<StringBuilder> columns = new ArrayList<>();
        final StringBuilder suffix = new StringBuilder();
        final String verbatim;

        Row(String verbatim) {
            this.verbatim = verbatim;
        }
    }

    /** Starts a new aligned row; a row left empty renders as a blank line. */
    void newRow() {
        rows.add(new Row(null));
    }

    /** Adds a line that is written verbatim and does not influence the layout. */
    void interleave(String line) {
        rows.add(new Row(line));
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    /**
     * The builder of column {@code index} of the current row. Columns before it are created
     * empty; columns after it are dropped (an attribute written into column 2 of a field
     * without a type leaves column 1 empty, and the alignment keeps its place).
     */
    StringBuilder column(int index) {
        Row row = current();
        if (row.verbatim != null) {
            throw new IllegalStateException("no columns on a verbatim row");
        }
        while (row.columns.size() > index + 1) {
            row.columns.remove(row.columns.size() - 1);
        }
        while (row.columns.size() <= index) {
            row.columns.add(new StringBuilder());
        }
        return row.columns.get(index);
    }

    /** Appends to the suffix of the current row (comments after the last column). */
    void appendSuffix(String text) {
        Row row = current();
        if (row.verbatim != null) {
            throw new IllegalStateException("no suffix on a verbatim row");
        }
        row.suffix.append(text);
    }

    private Row current() {
        if (rows.isEmpty()) {
            throw new IllegalStateException("no row started");
        }
        return rows.get(rows.size() - 1);
    }

    /** Writes every row to {@code out}, one line each, then empties the table. */
    void render(Output out) {
        List<Integer> widths = new ArrayList<>();
        for (Row row : rows) {
            if (row.verbatim != null) {
                continue;
            }
            // Empty trailing columns neither count nor get padded.
            while (!row.columns.isEmpty() && row.columns.get(row.columns.size() - 1).length() == 0) {
                row.columns.remove(row.columns.size() - 1);
            }
            for (int i = 0; i < row.columns.size(); i++) {
                int w = utf8Length(row.columns.get(i));
                if (i == widths.size()) {
                    widths.add(w);
                } else if (w > widths.get(i)) {
                    widths.set(i, w);
                }
            }
        }
        for (Row row : rows) {
            if (row.verbatim != null) {
                out.write(row.verbatim);
            } else {
                int last = row.columns.size() - 1;
                for (int i = 0; i <= last; i++) {
                    CharSequence col = row.columns.get(i);
                    out.write(col.toString());
                    if (i < last) {
                        out.write(" ".repeat(widths.get(i) - utf8Length(col) + 1));
                    }
                }
                if (row.suffix.length() > 0) {
                    if (!row.columns.isEmpty()) {
                        out.write(" ");
                    }
                    out.write(row.suffix.toString());
                }
            }
            out.endLine();
        }
        rows.clear();
    }

    static int utf8Length(CharSequence s) {
        return s.toString().getBytes(StandardCharsets.UTF_8).length;
    }
}
