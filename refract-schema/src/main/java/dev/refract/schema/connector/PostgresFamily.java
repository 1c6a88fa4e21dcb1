package dev.refract.schema.connector;

import dev.refract.schema.diagnostics.Diagnostics;
import dev.refract.schema.diagnostics.Span;

/** Argument range checks and URL rules PostgreSQL and CockroachDB share. */
final class PostgresFamily {
    private PostgresFamily() {
    }

    // The first failing rule wins, in Prisma's order.
    static void validateArguments(Connector connector, NativeType type, Span span, Diagnostics diagnostics) {
        NativeTypeErrors errors = connector.errors(type);
        String name = type.name();
        long first = type.argument(0);
        if (name.equals("Decimal") && type.hasArguments()) {
            long scale = type.argument(1);
            if (scale > first) {
                diagnostics.error(errors.scaleLargerThanPrecision(), span);
            } else if (first > 1000 || first == 0) {
                diagnostics.error(errors.argumentOutOfRange("Precision must be positive with a maximum value of 1000."),
                        span);
            }
        } else if ((name.equals("Bit") || name.equals("VarBit")) && first == 0) {
            diagnostics.error(errors.argumentOutOfRange("M must be a positive integer."), span);
        } else if ((name.equals("Timestamp") || name.equals("Timestamptz") || name.equals("Time")
                || name.equals("Timetz")) && first > 6) {
            diagnostics.error(errors.argumentOutOfRange("M can range from 0 to 6."), span);
        }
    }

    static String validateUrl(String url) {
        if (!url.startsWith("postgres://") && !url.startsWith("postgresql://")) {
            return "must start with the protocol `postgresql://` or `postgres://`.";
        }
        return null;
    }
}
