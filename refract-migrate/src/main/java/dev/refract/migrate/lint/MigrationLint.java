package dev.refract.migrate.lint;

import dev.refract.migrate.apply.SqlScript;
import dev.refract.migrate.history.MigrationDirectory;
import dev.refract.migrate.history.MigrationsFolder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The migration safety lint for PostgreSQL (beyond Prisma). It replays a migrations folder's
 * scripts in order, keeping the tables and column types they create, so that it knows which
 * tables exist before each migration, and flags, in each script:
 * <ul>
 *   <li>{@code CREATE INDEX} without {@code CONCURRENTLY} on a table that existed before it;</li>
 *   <li>{@code ADD COLUMN ... NOT NULL} without a default on an existing table;</li>
 *   <li>{@code ALTER COLUMN ... TYPE} changes that rewrite the table ({@link TypeRewrites});</li>
 *   <li>renames done as a drop plus an add: a column dropped and another of the same type added
 *       to the same table, or a table dropped and another with the same columns created.</li>
 * </ul>
 * Each finding says what locks or loses what, and the expand-and-contract steps to use instead.
 *
 * <pre>{@code
 * List<LintFinding> findings = MigrationLint.lint(MigrationsFolder.besideSchema(dir));
 * System.out.print(MigrationLint.render(findings));
 * }</pre>
 */
public final class MigrationLint {
    private static final String N = PgSyntax.NAME;
    private static final Pattern CREATE_TABLE = Pattern.compile(
            "(?is)^CREATE\\s+(?:UNLOGGED\\s+)?TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?" + N + "\\s*\\((.*)\\)\\s*$");
    private static final Pattern CREATE_INDEX = Pattern.compile(
            "(?is)^CREATE\\s+(UNIQUE\\s+)?INDEX\\s+(CONCURRENTLY\\s+)?(?:IF\\s+NOT\\s+EXISTS\\s+)?(?:" + N
                    + "\\s+)?ON\\s+(?:ONLY\\s+)?" + N + ".*$");
    private static final Pattern ALTER_TABLE = Pattern.compile(
            "(?is)^ALTER\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?(?:ONLY\\s+)?" + N + "\\s+(.*)$");
    private static final Pattern DROP_TABLE = Pattern.compile("(?is)^DROP\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?(.*?)(\\s+CASCADE|\\s+RESTRICT)?$");
    private static final Pattern ADD_COLUMN = Pattern.compile("(?is)^ADD\\s+(?:COLUMN\\s+)?(?:IF\\s+NOT\\s+EXISTS\\s+)?" + N + "\\s+(.*)$");
    private static final Pattern DROP_COLUMN = Pattern.compile("(?is)^DROP\\s+(?:COLUMN\\s+)?(?:IF\\s+EXISTS\\s+)?" + N + ".*$");
    private static final Pattern ALTER_TYPE = Pattern.compile(
            "(?is)^ALTER\\s+(?:COLUMN\\s+)?" + N + "\\s+(?:SET\\s+DATA\\s+)?TYPE\\s+(.*)$");
    private static final Pattern RENAME_COLUMN = Pattern.compile("(?is)^RENAME\\s+(?:COLUMN\\s+)?" + N + "\\s+TO\\s+" + N + "$");
    private static final Pattern CONSTRAINT_CLAUSE = Pattern.compile(
            "(?i)^(ADD|DROP)\\s+(CONSTRAINT|PRIMARY|UNIQUE|FOREIGN|CHECK|EXCLUDE)\\b");
    private static final Pattern RENAME_TABLE = Pattern.compile("(?is)^RENAME\\s+TO\\s+" + N + "$");

    /** Tables known so far: name key to its columns (name key to normalised type). */
    private final Map<String, Map<String, String>> tables = new HashMap<>();

    private MigrationLint() {
    }

    /** Lints every migration of {@code folder}, in order. */
    public static List<LintFinding> lint(MigrationsFolder folder) {
        MigrationLint lint = new MigrationLint();
        List<LintFinding> out = new ArrayList<>();
        for (MigrationDirectory m : folder.list()) {
            out.addAll(lint.check(m.name(), m.script()));
        }
        return out;
    }

    /**
     * Lints {@code script} (called {@code name} in the findings) as the migration that comes after
     * {@code previousScripts}, which are replayed first to learn the existing tables; what
     * {@code migrate dev} calls on the migration it just wrote.
     */
    public static List<LintFinding> lint(List<String> previousScripts, String name, String script) {
        MigrationLint lint = new MigrationLint();
        for (String previous : previousScripts) {
            lint.check("", previous);
        }
        return lint.check(name, script);
    }

    /**
     * The findings as {@code migrate lint} prints them: per finding, {@code name/migration.sql:line
     * [rule] message} then the hint, indented; then a count.
     */
    public static String render(List<LintFinding> findings) {
        StringBuilder out = new StringBuilder();
        for (LintFinding f : findings) {
            // A migration is named by its directory; a script given on its own by its path.
            String where = f.migration().endsWith(".sql") ? f.migration() : f.migration() + "/" + MigrationDirectory.SCRIPT;
            out.append(where).append(':').append(f.line())
                    .append(" [").append(f.rule().id()).append("]\n  ").append(f.message()).append("\n  Instead: ")
                    .append(f.hint()).append("\n\n");
        }
        int n = findings.size();
        out.append(n == 0 ? "No risky operation found.\n" : n + " risky operation" + (n > 1 ? "s" : "") + " found.\n");
        return out.toString();
    }

    /** Lints one migration and then records what it did to the tables. */
    private List<LintFinding> check(String migration, String script) {
        List<LintFinding> out = new ArrayList<>();
        Set<String> created = new HashSet<>();
        Map<String, Map<String, String>> dropped = new LinkedHashMap<>();
        Map<String, Integer> droppedAt = new HashMap<>();
        Map<String, List<String[]>> droppedColumns = new HashMap<>();
        Lines lines = new Lines(script);
        for (String raw : SqlScript.parse(script).statements()) {
            String sql = PgSyntax.stripComments(raw);
            int line = lines.of(sql);
            Matcher m;
            if ((m = CREATE_TABLE.matcher(sql)).matches()) {
                String table = PgSyntax.key(m.group(1));
                Map<String, String> columns = PgSyntax.tableColumns(m.group(2));
                created.add(table);
                tables.put(table, columns);
                dropped.entrySet().stream().filter(d -> d.getValue().equals(columns) && !columns.isEmpty()).findFirst()
                        .ifPresent(d -> out.add(Findings.tableRename(migration, line, d.getKey(), table)));
            } else if ((m = CREATE_INDEX.matcher(sql)).matches()) {
                String table = PgSyntax.key(m.group(4));
                if (m.group(2) == null && !created.contains(table)) {
                    out.add(Findings.index(migration, line, m.group(1) != null, m.group(3), table));
                }
            } else if ((m = DROP_TABLE.matcher(sql)).matches()) {
                for (String name : PgSyntax.splitTopLevel(m.group(1))) {
                    String table = PgSyntax.key(name);
                    Map<String, String> columns = tables.remove(table);
                    if (columns != null && !created.contains(table)) {
                        dropped.put(table, columns);
                        droppedAt.put(table, line);
                    }
                }
            } else if ((m = ALTER_TABLE.matcher(sql)).matches()) {
                String table = PgSyntax.key(m.group(1));
                Map<String, String> columns = tables.computeIfAbsent(table, t -> new LinkedHashMap<>());
                boolean existing = !created.contains(table);
                for (String clause : PgSyntax.splitTopLevel(m.group(2))) {
                    alter(migration, line, table, columns, existing, clause, droppedColumns, out);
                }
            }
        }
        return out;
    }

    private void alter(String migration, int line, String table, Map<String, String> columns, boolean existing,
                       String clause, Map<String, List<String[]>> droppedColumns, List<LintFinding> out) {
        Matcher m;
        if ((m = ADD_COLUMN.matcher(clause)).matches() && !CONSTRAINT_CLAUSE.matcher(clause).find()) {
            String column = PgSyntax.key(m.group(1));
            String type = PgSyntax.type(m.group(2));
            String definition = " " + m.group(2) + " ";
            columns.put(column, type);
            if (existing && definition.toUpperCase().contains(" NOT NULL") && !PgSyntax.fillsExistingRows(definition)) {
                out.add(Findings.notNull(migration, line, table, column));
            }
            List<String[]> gone = droppedColumns.getOrDefault(table, new ArrayList<>());
            for (int i = 0; i < gone.size(); i++) {
                String[] d = gone.get(i);
                if (d[1].equals(type) && !d[0].equals(column)) {
                    out.add(Findings.columnRename(migration, line, table, d[0], column, type));
                    gone.remove(i);
                    break;
                }
            }
        } else if ((m = DROP_COLUMN.matcher(clause)).matches() && !CONSTRAINT_CLAUSE.matcher(clause).find()) {
            String column = PgSyntax.key(m.group(1));
            String type = columns.remove(column);
            if (type != null && existing) {
                droppedColumns.computeIfAbsent(table, t -> new ArrayList<>()).add(new String[] {column, type});
            }
        } else if ((m = ALTER_TYPE.matcher(clause)).matches()) {
            String column = PgSyntax.key(m.group(1));
            String type = PgSyntax.type(m.group(2));
            String previous = columns.put(column, type);
            if (existing && TypeRewrites.rewrites(previous, type)) {
                out.add(Findings.rewrite(migration, line, table, column, previous, type));
            }
        } else if ((m = RENAME_COLUMN.matcher(clause)).matches()) {
            String type = columns.remove(PgSyntax.key(m.group(1)));
            columns.put(PgSyntax.key(m.group(2)), type);
        } else if ((m = RENAME_TABLE.matcher(clause)).matches()) {
            String to = PgSyntax.key(m.group(1));
            int dot = table.lastIndexOf('.');
            tables.put(dot < 0 ? to : table.substring(0, dot + 1) + to, tables.remove(table));
        }
    }

    /** Line numbers of statements in a script, found in order. */
    private static final class Lines {
        private final String script;
        private int from;

        Lines(String script) {
            this.script = script;
        }

        int of(String statement) {
            String head = statement.lines().findFirst().orElse("");
            int at = head.isEmpty() ? -1 : script.indexOf(head, from);
            if (at < 0) {
                return 0;
            }
            from = at + head.length();
            int line = 1;
            for (int i = 0; i < at; i++) {
                if (script.charAt(i) == '\n') {
                    line++;
                }
            }
            return line;
        }
    }
}
