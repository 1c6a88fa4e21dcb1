package dev.refract.schema.property;

import dev.refract.schema.ValidatedSchema;
import dev.refract.schema.diagnostics.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs the bounded pipeline and, when it fails, keeps the input that broke it in
 * {@code target/property-failures/} (inputs can be megabytes: too long for a test report).
 */
final class Failures {
    private Failures() {
    }

    static ValidatedSchema validate(String text) {
        return validate(List.of(new SourceFile("schema.prisma", text)));
    }

    static ValidatedSchema validate(List<SourceFile> files) {
        try {
            return Bounded.validate(files);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; input kept in " + keep(files), e.getCause());
        }
    }

    private static Path keep(List<SourceFile> files) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "property-failures"));
            String id = Integer.toHexString(files.hashCode());
            Path first = null;
            for (int i = 0; i < files.size(); i++) {
                Path p = dir.resolve(id + "-" + i + ".prisma");
                Files.write(p, files.get(i).text().getBytes(StandardCharsets.UTF_8));
                first = first == null ? p : first;
            }
            return first == null ? dir : first.toAbsolutePath();
        } catch (IOException e) {
            return Path.of("(could not be written: " + e.getMessage() + ")");
        }
    }
}
