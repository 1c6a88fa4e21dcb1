package dev.refract.schema.dmmf;

import dev.refract.model.DefaultValue;
import dev.refract.model.LiteralValue;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The DMMF {@code default} of a field: a plain JSON value for constants, or
 * {@code {"name": ..., "args": [...]}} for functions.
 */
final class DmmfDefaults {
    private DmmfDefaults() {
    }

    static Object of(DefaultValue value) {
        if (value instanceof DefaultValue.Literal literal) {
            return literal(literal.value());
        }
        List<Object> args = new ArrayList<>();
        if (value instanceof DefaultValue.Uuid u) {
            args.add(u.version());
        } else if (value instanceof DefaultValue.Cuid c) {
            args.add(c.version());
        } else if (value instanceof DefaultValue.Nanoid n && n.length() != null) {
            args.add(n.length());
        } else if (value instanceof DefaultValue.DbGenerated g && g.expression() != null
                && !g.expression().replace("\0", "").isEmpty()) {
            // An empty expression is reported without arguments.
            args.add(g.expression());
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", value.functionName());
        out.put("args", args);
        return out;
    }

    // BigInt is written as a string (it may not fit a JSON number); Float and Decimal as numbers.
    private static Object literal(LiteralValue value) {
        if (value instanceof LiteralValue.Text t) {
            return t.value();
        } else if (value instanceof LiteralValue.Bool b) {
            return b.value();
        } else if (value instanceof LiteralValue.Int i) {
            return i.value();
        } else if (value instanceof LiteralValue.BigInt b) {
            return b.value().toString();
        } else if (value instanceof LiteralValue.Decimal d) {
            return d.value().doubleValue();
        } else if (value instanceof LiteralValue.DateTime d) {
            return dateTime(d.value());
        } else if (value instanceof LiteralValue.Json j) {
            return j.value();
        } else if (value instanceof LiteralValue.Bytes b) {
            return b.base64();
        } else if (value instanceof LiteralValue.EnumValue e) {
            return e.name();
        }
        List<Object> items = new ArrayList<>();
        for (LiteralValue item : ((LiteralValue.ListValue) value).values()) {
            items.add(literal(item));
        }
        return items;
    }

    /** RFC 3339 with a numeric offset and a fraction only when there is one (3, 6 or 9 digits). */
    static String dateTime(String text) {
        OffsetDateTime t;
        try {
            t = OffsetDateTime.parse(text);
        } catch (RuntimeException e) {
            return text;
        }
        String base = t.format(DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss"));
        int nanos = t.getNano();
        String fraction = "";
        if (nanos != 0) {
            if (nanos % 1_000_000 == 0) {
                fraction = String.format(".%03d", nanos / 1_000_000);
            } else if (nanos % 1_000 == 0) {
                fraction = String.format(".%06d", nanos / 1_000);
            } else {
                fraction = String.format(".%09d", nanos);
            }
        }
        String offset = t.getOffset().getTotalSeconds() == 0 ? "+00:00" : t.getOffset().getId();
        return base + fraction + offset;
    }
}
