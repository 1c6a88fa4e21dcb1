package dev.refract.migrate.describe;

import dev.refract.model.BuiltinType;
import dev.refract.model.NativeType;
import dev.refract.model.ScalarType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL column types as Prisma reads them: the scalar type, and the {@code @db} native type
 * when it is not the scalar's default ({@code text}, {@code integer}, {@code timestamp(3)}...).
 */
final class PostgresTypes {
    private static final Pattern ARGS = Pattern.compile("\\(([^)]*)\\)");

    private PostgresTypes() {
    }

    /** A column's Prisma type: scalar and native type (null when it is the default). */
    record Mapped(ScalarType type, NativeType nativeType) {
    }

    /**
     * Maps a type by its catalog name ({@code typname}, of the element for arrays) and the text
     * {@code format_type} prints ({@code character varying(255)}, {@code numeric(10,2)[]}).
     */
    static Mapped map(String typeName, String formatted, boolean isEnum) {
        if (isEnum) {
            return new Mapped(ScalarType.enumRef(typeName), null);
        }
        List<String> args = args(formatted);
        return switch (typeName) {
            case "int2" -> of(BuiltinType.INT, NativeType.of("SmallInt"));
            case "int4" -> of(BuiltinType.INT, null);
            case "int8" -> of(BuiltinType.BIG_INT, null);
            case "oid" -> of(BuiltinType.INT, NativeType.of("Oid"));
            case "float4" -> of(BuiltinType.FLOAT, NativeType.of("Real"));
            case "float8" -> of(BuiltinType.FLOAT, null);
            case "numeric" -> args.equals(List.of("65", "30")) ? of(BuiltinType.DECIMAL, null)
                    : of(BuiltinType.DECIMAL, new NativeType("Decimal", args));
            case "money" -> of(BuiltinType.DECIMAL, NativeType.of("Money"));
            case "text" -> of(BuiltinType.STRING, null);
            case "varchar" -> of(BuiltinType.STRING, new NativeType("VarChar", args));
            case "bpchar" -> of(BuiltinType.STRING, new NativeType("Char", args));
            case "uuid" -> of(BuiltinType.STRING, NativeType.of("Uuid"));
            case "xml" -> of(BuiltinType.STRING, NativeType.of("Xml"));
            case "inet" -> of(BuiltinType.STRING, NativeType.of("Inet"));
            case "citext" -> of(BuiltinType.STRING, NativeType.of("Citext"));
            case "bit" -> of(BuiltinType.STRING, new NativeType("Bit", args));
            case "varbit" -> of(BuiltinType.STRING, new NativeType("VarBit", args));
            case "bool" -> of(BuiltinType.BOOLEAN, null);
            case "bytea" -> of(BuiltinType.BYTES, null);
            case "date" -> of(BuiltinType.DATE_TIME, NativeType.of("Date"));
            case "time" -> of(BuiltinType.DATE_TIME, new NativeType("Time", precision(args)));
            case "timetz" -> of(BuiltinType.DATE_TIME, new NativeType("Timetz", precision(args)));
            case "timestamp" -> args.equals(List.of("3")) ? of(BuiltinType.DATE_TIME, null)
                    : of(BuiltinType.DATE_TIME, new NativeType("Timestamp", precision(args)));
            case "timestamptz" -> of(BuiltinType.DATE_TIME, new NativeType("Timestamptz", precision(args)));
            case "json" -> of(BuiltinType.JSON, NativeType.of("Json"));
            case "jsonb" -> of(BuiltinType.JSON, null);
            default -> new Mapped(ScalarType.unsupported(formatted.endsWith("[]")
                    ? formatted.substring(0, formatted.length() - 2) : formatted), null);
        };
    }

    private static Mapped of(BuiltinType type, NativeType nativeType) {
        return new Mapped(ScalarType.of(type), nativeType);
    }

    /** A time type without written precision has PostgreSQL's precision, 6. */
    private static List<String> precision(List<String> args) {
        return args.isEmpty() ? List.of("6") : args;
    }

    private static List<String> args(String formatted) {
        Matcher m = ARGS.matcher(formatted);
        List<String> out = new ArrayList<>();
        if (m.find()) {
            for (String a : m.group(1).split(",")) {
                out.add(a.trim());
            }
        }
        return out;
    }
}
