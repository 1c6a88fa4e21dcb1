package dev.refract.migrate.ddl;

import dev.refract.model.SchemaModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The schema edit pairs of {@code migrate-diff/cases/}: schema A, a line {@code // ===}, schema B,
 * without datasource (one per dialect is added, as {@code record.sh} does); a first line
 * {@code // dialects: postgresql} limits a case to those dialects.
 */
final class MigrateDiffCases {
    static final Path ROOT = Path.of("src/test/resources/migrate-diff");

    private MigrateDiffCases() {
    }

    /** One case on one dialect. */
    record Case(String name, String dialect, String from, String to) {
        SchemaModel fromModel() {
            return Schemas.parse(from);
        }

        SchemaModel toModel() {
            return Schemas.parse(to);
        }

        Path expected(String extension) {
            return ROOT.resolve("expected").resolve(dialect).resolve(name + "." + extension);
        }
    }

    static List<Case> all() throws IOException {
        List<Case> out = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(ROOT.resolve("cases"))) {
            files = s.filter(p -> p.toString().endsWith(".prisma")).sorted().toList();
        }
        for (Path f : files) {
            String text = Files.readString(f);
            String name = f.getFileName().toString().replace(".prisma", "");
            List<String> dialects = List.of("postgresql", "sqlite");
            if (text.startsWith("// dialects: ")) {
                String first = text.substring(0, text.indexOf('\n'));
                dialects = List.of(first.substring("// dialects: ".length()).trim().split(" "));
                text = text.substring(text.indexOf('\n') + 1);
            }
            int at = text.indexOf("// ===\n");
            String a = text.substring(0, at);
            String b = text.substring(at + "// ===\n".length());
            for (String d : dialects) {
                out.add(new Case(name, d, header(d) + a, header(d) + b));
            }
        }
        return out;
    }

    static String header(String dialect) {
        return dialect.equals("postgresql")
                ? "datasource db {\n  provider = \"postgresql\"\n  url      = env(\"DATABASE_URL\")\n}\n\n"
                : "datasource db {\n  provider = \"sqlite\"\n  url      = \"file:unused.db\"\n}\n\n";
    }
}
