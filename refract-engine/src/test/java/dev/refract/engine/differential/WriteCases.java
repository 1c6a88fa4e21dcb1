package dev.refract.engine.differential;

import dev.refract.engine.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The differential write suite's data ({@code differential/writes/}, see the README there): each case is a
 * sequence of JSON-protocol documents run from the seed state, plus the names of the tables whose end
 * state is compared; {@code state.json} holds the read document for each such name; {@code
 * expected/<dialect>/} what Prisma 7 answered to each document and the end state it left.
 */
final class WriteCases {
    private WriteCases() {
    }

    /**
     * One write case.
     *
     * @param name     file name without {@code .json}, e.g. {@code 001-create-user-minimal}
     * @param steps    the documents, in order, as Prisma Client 7 sends them
     * @param state    the state names read back after the steps (keys of {@code state.json})
     * @param dialects the dialects it runs on
     */
    record Case(String name, List<Map<String, Object>> steps, List<String> state, List<String> dialects) {
        boolean runsOn(String dialect) {
            return dialects.contains(dialect);
        }

        /** The recorded {@code {"answers": [...], "state": {...}}} for {@code dialect}, if recorded. */
        Optional<Object> expected(String dialect) {
            Path p = root().resolve("expected").resolve(dialect).resolve(name + ".json");
            return runsOn(dialect) && Files.isRegularFile(p)
                    ? Optional.of(Json.parse(DifferentialCases.read(p))) : Optional.empty();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** {@code differential/writes}. */
    static Path root() {
        return DifferentialCases.root().resolve("writes");
    }

    /** The read document for each state name. */
    static Map<String, Map<String, Object>> stateDocuments() {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        Json.parseObject(DifferentialCases.read(root().resolve("state.json")))
                .forEach((k, v) -> out.put(k, asObject(v)));
        return out;
    }

    /** Every case, sorted by name. */
    static List<Case> all() {
        Map<String, List<String>> restricted = restrictions();
        List<Case> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(root().resolve("cases"))) {
            files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().forEach(p -> {
                String file = p.getFileName().toString();
                String name = file.substring(0, file.length() - ".json".length());
                Map<String, Object> doc = Json.parseObject(DifferentialCases.read(p));
                List<Map<String, Object>> steps = new ArrayList<>();
                for (Object s : (List<?>) doc.get("steps")) {
                    steps.add(asObject(s));
                }
                List<String> state = new ArrayList<>();
                for (Object s : (List<?>) doc.get("state")) {
                    state.add((String) s);
                }
                cases.add(new Case(name, steps, state, restricted.getOrDefault(name, DifferentialCases.DIALECTS)));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    /** The cases that run on {@code dialect}. */
    static List<Case> forDialect(String dialect) {
        return all().stream().filter(c -> c.runsOn(dialect)).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asObject(Object v) {
        return (Map<String, Object>) v;
    }

    private static Map<String, List<String>> restrictions() {
        Map<String, List<String>> map = new HashMap<>();
        for (String line : DifferentialCases.read(root().resolve("dialects.txt")).split("\n")) {
            String t = line.replaceAll("#.*", "").trim();
            if (!t.isEmpty()) {
                String[] parts = t.split("\\s+");
                map.put(parts[0], List.of(parts).subList(1, parts.length));
            }
        }
        return map;
    }
}
