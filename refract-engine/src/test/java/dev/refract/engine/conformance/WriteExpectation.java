package dev.refract.engine.conformance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What a write document of the query-compiler corpus must do on one dialect, read from its
 * {@code <name>.expect} file (written by hand from the snapshot's plan):
 *
 * <pre>
 * # a comment
 * result 2              the result's size: a list's length, a {count} or an executeRaw's Integer
 * error P2010           the document must fail with this code (the end state is still checked)
 * SELECT ...            an end-state query; the lines after it are its rows, values joined by '|'
 * 1|ada@prisma.io|user  (NULL for SQL NULL; no lines: no rows)
 * </pre>
 *
 * A line prefixed {@code postgresql:} or {@code sqlite:} applies on that dialect only. Queries are
 * portable SQL (booleans through CASE, no dialect functions), compared by {@code getString}.
 */
final class WriteExpectation {
    /** An end-state query and the rows it must return, in order. */
    record Check(String sql, List<String> rows) {
    }

    Integer result;
    String error;
    final List<Check> checks = new ArrayList<>();

    static WriteExpectation read(Path file, String provider) throws IOException {
        WriteExpectation out = new WriteExpectation();
        for (String raw : Files.readAllLines(file)) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            String prefix = colon < 0 ? "" : line.substring(0, colon);
            if (prefix.equals("postgresql") || prefix.equals("sqlite")) {
                if (!prefix.equals(provider)) {
                    continue;
                }
                line = line.substring(colon + 1).strip();
            }
            if (line.startsWith("result ")) {
                out.result = Integer.valueOf(line.substring(7).strip());
            } else if (line.startsWith("error ")) {
                out.error = line.substring(6).strip();
            } else if (line.startsWith("SELECT ")) {
                out.checks.add(new Check(line, new ArrayList<>()));
            } else if (out.checks.isEmpty()) {
                throw new IllegalArgumentException(file + ": a row before any SELECT: " + line);
            } else {
                out.checks.get(out.checks.size() - 1).rows().add(line);
            }
        }
        return out;
    }

    /** Runs the end-state queries and adds a line to {@code problems} for each difference. */
    void checkState(Connection c, List<String> problems) throws SQLException {
        for (Check check : checks) {
            List<String> actual = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(check.sql())) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= n; i++) {
                        String v = rs.getString(i);
                        row.append(i > 1 ? "|" : "").append(v == null ? "NULL" : v);
                    }
                    actual.add(row.toString());
                }
            }
            if (!actual.equals(check.rows())) {
                problems.add("end state: " + check.sql() + " gave " + actual + ", the plan implies " + check.rows());
            }
        }
    }
}
