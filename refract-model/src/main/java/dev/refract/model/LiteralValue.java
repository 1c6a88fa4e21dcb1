package dev.refract.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * A constant written in a schema, typed by the field it defaults: {@code @default("x")},
 * {@code @default(42)}, {@code @default(true)}, {@code @default(ACTIVE)}, {@code @default([1, 2])}.
 */
public sealed interface LiteralValue {
    /** A {@code String} value. */
    record Text(String value) implements LiteralValue {
    }

    /** A {@code Boolean} value. */
    record Bool(boolean value) implements LiteralValue {
    }

    /** An {@code Int} value. */
    record Int(long value) implements LiteralValue {
    }

    /** A {@code BigInt} value. */
    record BigInt(BigInteger value) implements LiteralValue {
    }

    /** A {@code Float} or {@code Decimal} value, exactly as written. */
    record Decimal(BigDecimal value) implements LiteralValue {
    }

    /** A {@code DateTime} value, the RFC 3339 text as written. */
    record DateTime(String value) implements LiteralValue {
    }

    /** A {@code Json} value, the JSON text as written. */
    record Json(String value) implements LiteralValue {
    }

    /** A {@code Bytes} value, base64 as written. */
    record Bytes(String base64) implements LiteralValue {
    }

    /** A value of an enum, by its name in the schema. */
    record EnumValue(String name) implements LiteralValue {
    }

    /** A list of values, for list fields. */
    record ListValue(List<LiteralValue> values) implements LiteralValue {
        public ListValue {
            values = List.copyOf(values);
        }
    }
}
