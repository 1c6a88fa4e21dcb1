package dev.refract.engine.differential;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The write suite's rule for generated values that differ on every run, the same as the recorder's
 * ({@code tools/write-record.ts}): after its format is checked, a DateTime within an hour of now
 * ({@code now()}, {@code @updatedAt}) becomes {@code "<now>"}; a generated id becomes the token of its
 * format: {@code <cuid>}, {@code <uuid>} (version 4), {@code <uuid7>}, {@code <cuid2>}, {@code <ulid>},
 * {@code <nanoid>}. No case writes such values itself, so only generated values are hidden.
 */
final class VolatileValues {
    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
    /** Generated-id formats and their tokens, checked in this order (the same list as tools/write-record.ts). */
    private static final Map<Pattern, String> IDS = ids();

    private VolatileValues() {
    }

    private static Map<Pattern, String> ids() {
        Map<Pattern, String> ids = new LinkedHashMap<>();
        ids.put(Pattern.compile("c[a-z0-9]{24}"), "<cuid>");
        ids.put(Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"), "<uuid>");
        ids.put(Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"), "<uuid7>");
        ids.put(Pattern.compile("[a-z][a-z0-9]{23}"), "<cuid2>");
        ids.put(Pattern.compile("[0-9A-HJKMNP-TV-Z]{26}"), "<ulid>");
        ids.put(Pattern.compile("[A-Za-z0-9_-]{21}"), "<nanoid>");
        return ids;
    }

    /** A copy of the parsed JSON value with volatile values replaced by their tokens. */
    static Object normalize(Object v) {
        if (v instanceof String s) {
            return token(s);
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            l.forEach(x -> out.add(normalize(x)));
            return out;
        }
        if (v instanceof Map<?, ?> m) {
            Map<Object, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(k, normalize(x)));
            return out;
        }
        return v;
    }

    private static String token(String s) {
        if (ISO.matcher(s).matches() && isNow(s)) {
            return "<now>";
        }
        for (Map.Entry<Pattern, String> id : IDS.entrySet()) {
            if (id.getKey().matcher(s).matches()) {
                return id.getValue();
            }
        }
        return s;
    }

    private static boolean isNow(String iso) {
        try {
            return Duration.between(Instant.parse(iso), Instant.now()).abs().compareTo(Duration.ofHours(1)) < 0;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
