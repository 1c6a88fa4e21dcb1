package dev.refract.engine.exec.find;

import java.math.BigDecimal;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/** Results as compact text for assertions: byte arrays in hex, decimals without trailing zeros, types visible. */
final class Show {
    private Show() {
    }

    static String of(Object v) {
        StringBuilder out = new StringBuilder();
        write(out, v);
        return out.toString();
    }

    private static void write(StringBuilder out, Object v) {
        if (v instanceof Map<?, ?> m) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                out.append(first ? "" : ", ").append(e.getKey()).append('=');
                write(out, e.getValue());
                first = false;
            }
            out.append('}');
        } else if (v instanceof List<?> l) {
            out.append('[');
            for (int i = 0; i < l.size(); i++) {
                out.append(i > 0 ? ", " : "");
                write(out, l.get(i));
            }
            out.append(']');
        } else if (v instanceof byte[] b) {
            out.append("0x").append(HexFormat.of().formatHex(b));
        } else if (v instanceof BigDecimal d) {
            out.append(d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString()).append('d');
        } else if (v instanceof Long l) {
            out.append(l).append('L');
        } else {
            out.append(v);
        }
    }
}
