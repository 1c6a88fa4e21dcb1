package dev.refract.migrate.ddl;

import dev.refract.migrate.ddl.SqlSchema.Column;
import dev.refract.migrate.ddl.SqlSchema.ColumnDefault;
import dev.refract.model.LiteralValue;
import java.math.BigInteger;

/**
 * How a column that exists on both sides changed, as Prisma's differ sees it: arity, default,
 * type (with how safely the database can convert it) and autoincrement.
 *
 * @param typeChange null when the type is the same
 */
record ColumnChanges(boolean arity, boolean defaultValue, TypeChange typeChange, boolean autoincrement) {

    /** How the database can turn the old type into the new one. */
    enum TypeChange {
        /** Every value converts; {@code ALTER COLUMN ... SET DATA TYPE}. */
        SAFE_CAST,
        /** Values may fail to convert; still {@code SET DATA TYPE}, with a warning. */
        RISKY_CAST,
        /** No conversion: the column is dropped and added again. */
        NOT_CASTABLE
    }

    boolean any() {
        return arity || defaultValue || typeChange != null || autoincrement;
    }

    boolean typeChanged() {
        return typeChange != null;
    }

    static ColumnChanges of(Column previous, Column next, TypeChange typeChange, boolean autoincrementChanged) {
        return new ColumnChanges(previous.arity() != next.arity(), !defaultsMatch(previous, next), typeChange,
                autoincrementChanged);
    }

    /** Prisma's comparison: date-time values are never compared, Int and BigInt by value. */
    static boolean defaultsMatch(Column previous, Column next) {
        ColumnDefault a = previous.defaultValue();
        ColumnDefault b = next.defaultValue();
        if (a == null || b == null) {
            return a == null && b == null;
        }
        if (a instanceof ColumnDefault.Value va && va.value() instanceof LiteralValue.DateTime
                || b instanceof ColumnDefault.Value vb && vb.value() instanceof LiteralValue.DateTime) {
            return true;
        }
        if (a instanceof ColumnDefault.Expression ea && b instanceof ColumnDefault.Expression eb) {
            return ea.sql().equalsIgnoreCase(eb.sql());
        }
        if (a instanceof ColumnDefault.Value va && b instanceof ColumnDefault.Value vb) {
            BigInteger ia = integer(va.value());
            BigInteger ib = integer(vb.value());
            if (ia != null && ib != null) {
                return ia.equals(ib);
            }
            String sa = text(va.value());
            String sb = text(vb.value());
            if (sa != null && sb != null) {
                return sa.equals(sb);
            }
        }
        return a.equals(b);
    }

    private static BigInteger integer(LiteralValue v) {
        if (v instanceof LiteralValue.Int i) {
            return BigInteger.valueOf(i.value());
        }
        if (v instanceof LiteralValue.BigInt b) {
            return b.value();
        }
        return null;
    }

    private static String text(LiteralValue v) {
        if (v instanceof LiteralValue.Text t) {
            return t.value();
        }
        if (v instanceof LiteralValue.EnumValue e) {
            return e.name();
        }
        return null;
    }
}
