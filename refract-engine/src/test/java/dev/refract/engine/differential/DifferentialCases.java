package dev.refract.engine.differential;

import dev.refract.engine.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The differential suite's data, as files: JSON-protocol documents ({@code differential/cases/}) and what
 * real Prisma 7 answered to each on a seeded database ({@code differential/expected/<dialect>/}), plus
 * the schema, seed and Prisma's DDL per dialect. See {@code differential/README.md}.
 *
 * <p>Only lists and reads files; running the cases against the engine is the job of the tests that
 * use this class.
 */
public final class DifferentialCases {
    /** The dialects the suite records: a case runs on each unless {@code dialects.txt} restricts it. */
    public static final List<String> DIALECTS = List.of("postgresql", "sqlite");

    private DifferentialCases() {
    }

    /**
     * One case: a JSON-protocol read document.
     *
     * @param name     file name without {@code .json}, e.g. {@code 001-find-unique-by-id}
     * @param document the case file
     * @param dialects the dialects it runs on
     */
    public record Case(String name, Path document, List<String> dialects) {
        /** Whether the case runs on {@code dialect}. */
        public boolean runsOn(String dialect) {
            return dialects.contains(dialect);
        }

        /** The document text, as Prisma Client 7 sends it. */
        public String documentText() {
            return read(document);
        }

        /** The recorded answer for {@code dialect}, if the case runs there and was recorded. */
        public Optional<Path> expected(String dialect) {
            Path p = root().resolve("expected").resolve(dialect).resolve(name + ".json");
            return runsOn(dialect) && Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
        }

        /** The recorded answer for {@code dialect} parsed with {@link Json#parse} (an {@code error} object for errors). */
        public Object expectedJson(String dialect) {
            Path p = expected(dialect).orElseThrow(() -> new IllegalStateException(name + " has no expected file for " + dialect));
            return Json.parse(read(p));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** The {@code differential} folder (on the test class path). */
    public static Path root() {
        URL url = DifferentialCases.class.getResource("/differential/dialects.txt");
        if (url == null) {
            throw new IllegalStateException("differential/dialects.txt is not on the class path");
        }
        try {
            return Path.of(url.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every case, sorted by name. */
    public static List<Case> all() {
        Map<String, List<String>> restricted = restrictions();
        List<Case> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(root().resolve("cases"))) {
            files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().forEach(p -> {
                String file = p.getFileName().toString();
                String name = file.substring(0, file.length() - ".json".length());
                cases.add(new Case(name, p, restricted.getOrDefault(name, DIALECTS)));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    /** The cases that run on {@code dialect}. */
    public static List<Case> forDialect(String dialect) {
        return all().stream().filter(c -> c.runsOn(dialect)).toList();
    }

    /** {@code schema.<dialect>.prisma}: the schema the cases were recorded with. */
    public static Path schema(String dialect) {
        return root().resolve("schema." + dialect + ".prisma");
    }

    /** {@code seed.<dialect>.sql}: the rows, as INSERT statements (tables must exist). */
    public static Path seed(String dialect) {
        return root().resolve("seed." + dialect + ".sql");
    }

    /** {@code prisma-ddl.<dialect>.sql}: the DDL Prisma Migrate writes for the schema (for comparison). */
    public static Path prismaDdl(String dialect) {
        return root().resolve("prisma-ddl." + dialect + ".sql");
    }

    /**
     * The statements of an SQL file (seed or DDL), without their {@code ;}: splits at semicolons outside
     * string literals and quoted names and drops {@code --} comments, because JDBC drivers (SQLite's)
     * run one statement per call.
     */
    public static List<String> sqlStatements(Path file) {
        String sql = read(file);
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < sql.length(); i++) {
            char ch = sql.charAt(i);
            if (quote != 0) {
                cur.append(ch);
                if (ch == quote) {
                    quote = 0; // a doubled quote closes and reopens: same result
                }
            } else if (ch == '\'' || ch == '"') {
                quote = ch;
                cur.append(ch);
            } else if (ch == '-' && i + 1 < sql.length() && sql.charAt(i + 1) == '-') {
                while (i < sql.length() && sql.charAt(i) != '\n') {
                    i++;
                }
            } else if (ch == ';') {
                addStatement(out, cur);
            } else {
                cur.append(ch);
            }
        }
        addStatement(out, cur);
        return out;
    }

    private static void addStatement(List<String> out, StringBuilder cur) {
        String s = cur.toString().strip();
        if (!s.isEmpty()) {
            out.add(s);
        }
        cur.setLength(0);
    }

    /** Reads a file as UTF-8. */
    public static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** dialects.txt: {@code <case> <dialect>...} lines; {@code #} starts a comment. */
    private static Map<String, List<String>> restrictions() {
        Map<String, List<String>> map = new HashMap<>();
        for (String line : read(root().resolve("dialects.txt")).split("\n")) {
            String t = line.replaceAll("#.*", "").trim();
            if (t.isEmpty()) {
                continue;
            }
            String[] parts = t.split("\\s+");
            map.put(parts[0], List.of(parts).subList(1, parts.length));
        }
        return map;
    }
}
