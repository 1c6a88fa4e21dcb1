package dev.refract.engine.differential;

import dev.refract.engine.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a write case differs from Prisma's recording, and the failing cases grouped by the kind of their
 * first difference (so that whoever fixes the engine sees which gap costs the most cases).
 */
final class WriteFailures {
    private final String label;
    private final Map<String, List<String>> groups = new TreeMap<>();

    /** @param label names the report: {@code target/<label>.txt} */
    WriteFailures(String label) {
        this.label = label;
    }

    /**
     * The first difference of a case.
     *
     * @param group  its kind, e.g. {@code createOne: error P2009 "..."} or {@code end state differs: Post}
     * @param detail what was expected and what came
     */
    record Difference(String group, String detail) {
    }

    /** The first difference between the recording and Refract's run (both normalized), or null. */
    static Difference compare(WriteCases.Case c, Object expected, Object actual) {
        List<?> want = (List<?>) ((Map<?, ?>) expected).get("answers");
        List<?> got = (List<?>) ((Map<?, ?>) actual).get("answers");
        for (int i = 0; i < want.size(); i++) {
            Object w = want.get(i);
            Object g = got.get(i);
            if (!JsonEquality.equal(w, g)) {
                String action = String.valueOf(c.steps().get(i).get("action"));
                String detail = "step " + (i + 1) + " (" + action + "): expected " + Json.write(w) + "\n but got " + Json.write(g);
                return new Difference(action + ": " + kind(w, g), detail);
            }
        }
        Map<?, ?> wantState = (Map<?, ?>) ((Map<?, ?>) expected).get("state");
        Map<?, ?> gotState = (Map<?, ?>) ((Map<?, ?>) actual).get("state");
        for (Map.Entry<?, ?> e : wantState.entrySet()) {
            Object g = gotState.get(e.getKey());
            if (!JsonEquality.equal(e.getValue(), g)) {
                String kind = g instanceof Map<?, ?> m && (m.containsKey("error") || m.containsKey("crash"))
                        ? "reading the end state fails" : "end state differs";
                return new Difference(kind + ": " + e.getKey(), "end state of " + e.getKey() + ": expected "
                        + Json.write(e.getValue()) + "\n but got " + Json.write(g));
            }
        }
        return null;
    }

    private static String kind(Object want, Object got) {
        String w = errorCode(want);
        if (got instanceof Map<?, ?> m && m.containsKey("crash")) {
            return "crash " + firstLine(String.valueOf(m.get("crash")));
        }
        String g = errorCode(got);
        if (g != null && !g.equals(w)) {
            // grouped by what Refract said, so that one missing feature is one group
            Map<?, ?> e = (Map<?, ?>) ((Map<?, ?>) got).get("error");
            return "error " + g + " " + firstLine(String.valueOf(e.get("message")));
        }
        if (w != null && g == null) {
            return "no error where Prisma fails with " + w;
        }
        return w != null ? "error message differs (" + w + ")" : "answer differs";
    }

    private static String errorCode(Object v) {
        return v instanceof Map<?, ?> m && m.get("error") instanceof Map<?, ?> e ? String.valueOf(e.get("code")) : null;
    }

    private static String firstLine(String s) {
        String line = s.lines().findFirst().orElse("");
        return line.length() > 140 ? line.substring(0, 140) + "..." : line;
    }

    /** Records a case's difference (null: it passed). */
    synchronized void add(String name, Difference d) {
        if (d != null) {
            groups.computeIfAbsent(d.group(), k -> new ArrayList<>()).add(name);
        }
    }

    /** Writes {@code target/<label>.txt}: each kind of first difference with its cases, most cases first. */
    synchronized void write() {
        StringBuilder out = new StringBuilder(label + ": failing cases grouped by their first difference\n\n");
        groups.entrySet().stream().sorted((a, b) -> b.getValue().size() - a.getValue().size()).forEach(e ->
                out.append(e.getValue().size()).append("  ").append(e.getKey()).append("\n    ")
                        .append(String.join(" ", e.getValue())).append("\n"));
        try {
            Path target = Path.of("target");
            Files.createDirectories(target);
            Files.writeString(target.resolve(label + ".txt"), out.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
