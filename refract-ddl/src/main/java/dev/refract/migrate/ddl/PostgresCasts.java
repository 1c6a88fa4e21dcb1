package dev.refract.migrate.ddl;

import dev.refract.migrate.ddl.ColumnChanges.TypeChange;
import dev.refract.migrate.ddl.SqlSchema.Column;
import dev.refract.model.NativeType;
import dev.refract.model.ScalarType;
import java.util.List;
import java.util.Objects;

/**
 * Whether PostgreSQL can convert a column from one type to another, by Prisma's table of casts:
 * safe (every value converts), risky (some may fail) or impossible (drop and add the column).
 */
final class PostgresCasts {
    private PostgresCasts() {
    }

    /** The column's type as ALTER COLUMN ... SET DATA TYPE names it (INTEGER, not SERIAL). */
    static String typeWithoutSerial(Column c) {
        return PostgresDdl.columnType(new Column(c.name(), c.type(), c.enumType(), c.nativeType(), c.arity(), false,
                c.defaultValue()));
    }

    static TypeChange typeChange(Column p, Column n) {
        boolean enumP = p.enumType() != null;
        boolean enumN = n.enumType() != null;
        if (enumP || enumN) {
            if (enumP && enumN && p.enumType().databaseName().equals(n.enumType().databaseName())
                    && Objects.equals(p.enumType().schema(), n.enumType().schema())) {
                return null;
            }
            return TypeChange.NOT_CASTABLE;
        }
        boolean listToScalar = p.arity().isList() && !n.arity().isList();
        boolean scalarToList = !p.arity().isList() && n.arity().isList();
        NativeType next = nativeType(n);
        NativeType prev = nativeType(p);
        if (listToScalar && next != null) {
            String name = next.name();
            if (name.equals("Text") || name.equals("VarChar") && next.args().isEmpty()) {
                return TypeChange.SAFE_CAST;
            }
            if (name.equals("VarChar") || name.equals("Char")) {
                return TypeChange.RISKY_CAST;
            }
        }
        if (listToScalar || scalarToList) {
            return TypeChange.NOT_CASTABLE;
        }
        if (prev == null || next == null) {
            return typeText(p).equals(typeText(n)) ? null : TypeChange.RISKY_CAST;
        }
        if (prev.name().equals(next.name()) && prev.args().equals(next.args())) {
            return null;
        }
        return cast(prev.name(), args(prev), next.name(), args(next));
    }

    private static String typeText(Column c) {
        return c.type() instanceof ScalarType.Unsupported u ? u.dbType() : "";
    }

    private static NativeType nativeType(Column c) {
        if (c.type() instanceof ScalarType.Unsupported) {
            return null;
        }
        return c.nativeType() != null ? c.nativeType() : PostgresDdl.defaultNativeType(c.type().builtin());
    }

    private static List<Long> args(NativeType t) {
        return t.args().stream().map(a -> {
            try {
                return Long.parseLong(a.trim());
            } catch (NumberFormatException e) {
                return -1L;
            }
        }).toList();
    }

    private static Long arg(List<Long> args) {
        return args.isEmpty() ? null : args.get(0);
    }

    private static TypeChange stringTarget(String next, List<Long> na, long minLength, boolean textSafe) {
        Long len = arg(na);
        if (len != null) {
            return len < minLength ? TypeChange.RISKY_CAST : TypeChange.SAFE_CAST;
        }
        return next.equals("Char") ? TypeChange.RISKY_CAST : textSafe ? TypeChange.SAFE_CAST : TypeChange.RISKY_CAST;
    }

    private static final TypeChange S = TypeChange.SAFE_CAST;
    private static final TypeChange R = TypeChange.RISKY_CAST;
    private static final TypeChange N = TypeChange.NOT_CASTABLE;

    private static TypeChange cast(String prev, List<Long> pa, String next, List<Long> na) {
        boolean toString = next.equals("VarChar") || next.equals("Char");
        switch (prev) {
            case "SmallInt", "Integer", "BigInt" -> {
                int rank = List.of("SmallInt", "Integer", "BigInt").indexOf(prev);
                int digits = new int[] {3, 10, 19}[rank];
                if (next.equals("SmallInt") || next.equals("Integer") || next.equals("BigInt")) {
                    return List.of("SmallInt", "Integer", "BigInt").indexOf(next) > rank ? S : R;
                }
                if (next.equals("Decimal")) {
                    return na.size() == 2 && na.get(0) - na.get(1) < digits ? R : S;
                }
                if (next.equals("Real") || next.equals("DoublePrecision") || next.equals("Text")) {
                    return S;
                }
                return toString ? stringTarget(next, na, new int[] {4, 11, 20}[rank], true) : N;
            }
            case "Real", "DoublePrecision" -> {
                if (next.equals("DoublePrecision") || next.equals("Text") || next.equals("Real") && prev.equals("Real")) {
                    return S;
                }
                if (List.of("SmallInt", "Integer", "BigInt", "Decimal", "Real").contains(next)) {
                    return R;
                }
                return toString ? stringTarget(next, na, prev.equals("Real") ? 47 : 317, true) : N;
            }
            case "Decimal" -> {
                if (next.equals("Decimal")) {
                    if (na.isEmpty()) {
                        return S;
                    }
                    if (pa.size() < 2 || na.size() < 2) {
                        return R;
                    }
                    return pa.get(0) - pa.get(1) > na.get(0) - na.get(1) || pa.get(1) > na.get(1) ? R : S;
                }
                if (next.equals("Text")) {
                    return S;
                }
                if (List.of("SmallInt", "Integer", "BigInt", "Real", "DoublePrecision").contains(next) || toString) {
                    return R;
                }
                return N;
            }
            case "VarChar", "Char" -> {
                if (next.equals("Text")) {
                    return S;
                }
                if (!toString) {
                    return N;
                }
                Long o = arg(pa);
                Long nl = arg(na);
                if (o == null && nl == null) {
                    return next.equals("Char") && prev.equals("VarChar") ? R : S;
                }
                if (o == null) {
                    return prev.equals("Char") ? S : R;
                }
                if (nl == null) {
                    return o == 1 ? S : next.equals("Char") ? R : S;
                }
                return o > nl ? R : S;
            }
            case "Text" -> {
                if (next.equals("VarChar") && na.isEmpty() || next.equals("Citext")) {
                    return S;
                }
                return toString ? R : N;
            }
            case "Timestamp", "Timestamptz", "Time", "Timetz" -> {
                if (next.equals(prev) && (na.isEmpty() || pa.isEmpty() || pa.equals(na))) {
                    return null;
                }
                if (next.equals("Text") || next.equals("VarChar") && na.isEmpty()) {
                    return S;
                }
                if (List.of("Timestamp", "Timestamptz", "Date", "Time", "Timetz").contains(next)) {
                    return S;
                }
                return N;
            }
            case "Boolean" -> {
                return next.equals("Text") || next.equals("VarChar") ? S : N;
            }
            case "Uuid", "Xml", "JsonB", "Json", "ByteA", "Date" -> {
                if (next.equals("Text") || next.equals("VarChar") && na.isEmpty()
                        || prev.equals("JsonB") && next.equals("Json") || prev.equals("Json") && next.equals("JsonB")) {
                    return S;
                }
                return toString ? R : N;
            }
            default -> {
                return R;
            }
        }
    }
}
