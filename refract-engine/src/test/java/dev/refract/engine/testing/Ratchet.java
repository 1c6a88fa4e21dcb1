package dev.refract.engine.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A conformance ratchet: the cases listed in a file must keep passing; the others are counted and
 * reported (in {@code target/<label>.txt}) without failing the build, until they pass and are
 * listed. {@code -Drefract.ratchet.update=true} rewrites the list from the current run.
 */
public final class Ratchet {
    private final Path file;
    private final String label;
    private final Set<String> listed;
    private final Map<String, String> outcomes = new LinkedHashMap<>();

    /**
     * @param file the list of cases that must pass (one name per line, {@code #} comments)
     * @param label names the report: {@code target/<label>.txt}
     */
    public Ratchet(Path file, String label) {
        this.file = file;
        this.label = label;
        this.listed = read(file);
    }

    /** Records a case's outcome (null problem: passed); throws AssertionError if a listed case failed. */
    public synchronized void record(String name, String problem) {
        outcomes.put(name, problem);
        if (problem != null && listed.contains(name)) {
            throw new AssertionError(name + " regressed: " + problem);
        }
    }

    /** Writes the report, prints the count, and rewrites the list when asked to. */
    public synchronized void report() {
        List<String> passing = new ArrayList<>();
        StringBuilder failures = new StringBuilder();
        outcomes.forEach((name, problem) -> {
            if (problem == null) {
                passing.add(name);
            } else {
                failures.append("FAIL ").append(name).append(": ").append(problem).append("\n\n");
            }
        });
        String summary = label + ": " + passing.size() + "/" + outcomes.size() + " pass";
        System.out.println("[ratchet] " + summary);
        try {
            Path target = Path.of("target");
            Files.createDirectories(target);
            Files.writeString(target.resolve(label + ".txt"), summary + "\n\n" + failures);
            if (Boolean.getBoolean("refract.ratchet.update")) {
                Files.writeString(file, "# Cases that pass (" + label + "); the test fails if one of them regresses.\n"
                        + "# Rewrite with -Drefract.ratchet.update=true.\n" + String.join("\n", passing) + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> read(Path file) {
        if (!Files.exists(file)) {
            return Set.of();
        }
        try {
            Set<String> out = new TreeSet<>();
            for (String line : Files.readAllLines(file)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.trim());
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
