package dev.refract.engine.conformance;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The result shape that a query-compiler snapshot describes in its {@code dataMap { ... }} block:
 * for each output key either a scalar type ({@code Int}, {@code String?}, {@code Int[]}) or a
 * nested shape. Parsed from the snapshot's own text, line by line.
 */
final class DataMap {
    /** One key: a scalar type, or (when {@code nested} is not null) an object or list of objects. */
    record Entry(String type, DataMap nested) {
    }

    final Map<String, Entry> entries = new LinkedHashMap<>();

    /** The dataMap of a snapshot, or null when it has none (writes returning nothing). */
    static DataMap ofSnapshot(String snapshot) {
        int start = snapshot.indexOf("\ndataMap {");
        if (start < 0) {
            return null;
        }
        String[] lines = snapshot.substring(start + 1).split("\n");
        int[] at = {1};
        return parse(lines, at);
    }

    private static DataMap parse(String[] lines, int[] at) {
        DataMap map = new DataMap();
        while (at[0] < lines.length) {
            String line = lines[at[0]++].trim();
            if (line.equals("}")) {
                return map;
            }
            int colon = line.indexOf(':');
            String head = line.substring(0, colon);
            String rest = line.substring(colon + 1).trim();
            String key = head.contains(" (") ? head.substring(0, head.indexOf(" (")) : head;
            if (rest.equals("{")) {
                map.entries.put(key, new Entry(null, parse(lines, at)));
            } else {
                String type = rest.contains(" (") ? rest.substring(0, rest.indexOf(" (")) : rest;
                map.entries.put(key, new Entry(type, null));
            }
        }
        throw new IllegalArgumentException("dataMap block not closed");
    }
}
