package dev.refract.engine.differential;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The differential cases where Refract deliberately does not do what Prisma does, read from
 * {@code differential/divergences.txt} ({@code <case> <dialect> <reason>} per line). Only one kind
 * is allowed: Prisma fails with a database error on a query its own validation accepted, and
 * Refract answers it.
 */
final class Divergences {
    private static Map<String, String> reasons;

    private Divergences() {
    }

    /** The reason the case diverges on the dialect, or null when it must equal Prisma's answer. */
    static synchronized String reason(String caseName, String dialect) {
        if (reasons == null) {
            reasons = load(DifferentialCases.root().resolve("divergences.txt"));
        }
        return reasons.get(caseName + " " + dialect);
    }

    private static Map<String, String> load(Path file) {
        Map<String, String> out = new HashMap<>();
        if (!Files.exists(file)) {
            return out;
        }
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.trim().split("\\s+", 3);
                out.put(parts[0] + " " + parts[1], parts.length > 2 ? parts[2] : "");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
