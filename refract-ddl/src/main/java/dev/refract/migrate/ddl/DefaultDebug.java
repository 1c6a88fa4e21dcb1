package dev.refract.migrate.ddl;

import dev.refract.model.LiteralValue;

/** A default value as Prisma's summary prints it (the debug form of its value type). */
final class DefaultDebug {
    private DefaultDebug() {
    }

    static String of(LiteralValue v) {
        if (v instanceof LiteralValue.Text t) {
            return "String(\"" + t.value() + "\")";
        }
        if (v instanceof LiteralValue.EnumValue e) {
            return "Enum(\"" + e.name() + "\")";
        }
        if (v instanceof LiteralValue.Int i) {
            return "Int(" + i.value() + ")";
        }
        if (v instanceof LiteralValue.BigInt b) {
            return "BigInt(" + b.value() + ")";
        }
        if (v instanceof LiteralValue.Bool b) {
            return "Boolean(" + b.value() + ")";
        }
        if (v instanceof LiteralValue.Decimal d) {
            return "Float(" + d.value().toPlainString() + ")";
        }
        if (v instanceof LiteralValue.ListValue l) {
            return "List([" + l.values().stream().map(DefaultDebug::of)
                    .collect(java.util.stream.Collectors.joining(", ")) + "])";
        }
        return String.valueOf(v);
    }
}
