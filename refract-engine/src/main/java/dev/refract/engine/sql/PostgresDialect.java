package dev.refract.engine.sql;

import dev.refract.engine.ir.Values;
import dev.refract.model.BuiltinType;
import dev.refract.model.ScalarField;
import dev.refract.model.ScalarType;
import dev.refract.model.SchemaModel;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * PostgreSQL. DateTime columns are {@code timestamp(3)} holding UTC (Prisma's default), or
 * {@code timestamptz}, {@code date}, {@code time} by {@code @db} type. Enums and Json are bound
 * untyped ({@link Types#OTHER}) so the server infers the column's type: no casts to spell.
 */
public final class PostgresDialect implements Dialect {
    private static final Set<Capability> CAPABILITIES = EnumSet.of(Capability.DISTINCT_ON, Capability.LATERAL_JOIN,
            Capability.ILIKE, Capability.RETURNING, Capability.SCALAR_LISTS, Capability.FULL_TEXT_SEARCH,
            Capability.NULLS_ORDERING, Capability.ROW_VALUES, Capability.SCHEMAS, Capability.NATIVE_ENUMS,
            Capability.JSON_FILTERS, Capability.COPY_FROM_STDIN);

    private final EnumMapping enums;
    private final SchemaModel schema;

    public PostgresDialect(SchemaModel schema) {
        this.enums = new EnumMapping(schema);
        this.schema = schema;
    }

    @Override
    public SchemaModel schema() {
        return schema;
    }

    @Override
    public String provider() {
        return "postgresql";
    }

    @Override
    public Set<Capability> capabilities() {
        return CAPABILITIES;
    }

    @Override
    public CopyText copyText() {
        return new CopyText(enums);
    }

    @Override
    public int maxBindParameters() {
        return 32767;
    }

    @Override
    public void bind(PreparedStatement st, int index, Object value, ScalarField field) throws SQLException {
        if (value == null) {
            st.setNull(index, Types.NULL);
            return;
        }
        if (value instanceof List<?> list) {
            if (EnumMapping.enumName(field) != null) {
                // An array of a native enum: as an array literal bound untyped, so the server reads it
                // as the column's enum[] (createArrayOf would make it text[], which enum[] refuses).
                st.setObject(index, enumArrayLiteral(toDbArray(list, field)), Types.OTHER);
                return;
            }
            st.setArray(index, st.getConnection().createArrayOf(arrayElementType(field), toDbArray(list, field)));
            return;
        }
        String enumName = EnumMapping.enumName(field);
        if (enumName != null) {
            st.setObject(index, enums.toDatabase(enumName, (String) value), Types.OTHER);
        } else if (value instanceof Values.Json json) {
            st.setObject(index, json.text(), Types.OTHER);
        } else if (value instanceof Instant instant) {
            bindInstant(st, index, instant, field);
        } else if (value instanceof String text) {
            if (isUntypedText(field)) {
                // uuid, inet, xml... columns hold text that PostgreSQL will not compare with varchar.
                st.setObject(index, text, Types.OTHER);
            } else {
                st.setString(index, text);
            }
        } else if (value instanceof Integer n) {
            st.setInt(index, n);
        } else {
            st.setObject(index, value);
        }
    }

    private void bindInstant(PreparedStatement st, int index, Instant instant, ScalarField field)
            throws SQLException {
        Object value = temporal(instant, field);
        st.setObject(index, value != null ? value : timestamp(instant));
    }

    /**
     * The java.time value an instant is sent as for {@code field}'s native type ({@code timestamptz},
     * {@code date}, {@code time}, {@code timetz}), or null for a plain {@code timestamp}, which is a
     * {@code LocalDateTime} in UTC. Shared by binding and by COPY's text ({@link CopyText}), so the
     * two write the same value.
     */
    static Object temporal(Instant instant, ScalarField field) {
        String nativeType = field == null || field.nativeType() == null ? "" : field.nativeType().name();
        switch (nativeType) {
            case "Timestamptz":
                return instant.atOffset(ZoneOffset.UTC);
            case "Date":
                return LocalDate.ofInstant(instant, ZoneOffset.UTC);
            case "Time":
                return LocalTime.ofInstant(instant, ZoneOffset.UTC);
            case "Timetz":
                return OffsetTime.ofInstant(instant, ZoneOffset.UTC);
            default:
                return null;
        }
    }

    /**
     * The {@code timestamp} value of an instant. The last one is kept: every row of a createMany
     * carries the same {@code now()} instance (one instant per request, as Prisma fills it), so
     * 10,000 rows convert it once. Racy on purpose: {@link LastTimestamp}'s fields are final, so a
     * thread sees a whole pair or another pair, and a miss only converts again.
     */
    private LocalDateTime timestamp(Instant instant) {
        LastTimestamp last = lastTimestamp;
        if (last != null && last.instant() == instant) {
            return last.value();
        }
        LocalDateTime value = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        lastTimestamp = new LastTimestamp(instant, value);
        return value;
    }

    private record LastTimestamp(Instant instant, LocalDateTime value) {
    }

    private LastTimestamp lastTimestamp;

    private Object[] toDbArray(List<?> list, ScalarField field) {
        Object[] out = new Object[list.size()];
        String enumName = EnumMapping.enumName(field);
        for (int i = 0; i < out.length; i++) {
            Object v = list.get(i);
            if (enumName != null && v != null) {
                v = enums.toDatabase(enumName, (String) v);
            } else if (v instanceof Instant instant) {
                v = LocalDateTime.ofInstant(instant, ZoneOffset.UTC).toString();
            } else if (v instanceof Values.Json json) {
                v = json.text();
            }
            out[i] = v;
        }
        return out;
    }

    /** {@code {"a","b",NULL}}: PostgreSQL's array literal, every element quoted. */
    private static String enumArrayLiteral(Object[] values) {
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < values.length; i++) {
            out.append(i > 0 ? "," : "");
            if (values[i] == null) {
                out.append("NULL");
                continue;
            }
            out.append('"');
            for (char ch : values[i].toString().toCharArray()) {
                if (ch == '"' || ch == '\\') {
                    out.append('\\');
                }
                out.append(ch);
            }
            out.append('"');
        }
        return out.append('}').toString();
    }

    /** String fields whose native type is not a character type: bound untyped, the server casts. */
    private static final Set<String> UNTYPED_TEXT = Set.of("Uuid", "Inet", "Xml", "Citext", "Bit", "VarBit");

    private static boolean isUntypedText(ScalarField field) {
        return field != null && field.nativeType() != null && UNTYPED_TEXT.contains(field.nativeType().name());
    }

    /** The element type name for {@code createArrayOf}. */
    private static String arrayElementType(ScalarField field) {
        if (field == null || !(field.type() instanceof ScalarType.Builtin b)) {
            return "text";
        }
        return switch (b.type()) {
            case INT -> "int4";
            case BIG_INT -> "int8";
            case FLOAT -> "float8";
            case DECIMAL -> "numeric";
            case BOOLEAN -> "bool";
            case DATE_TIME -> "timestamp";
            case JSON -> "jsonb";
            case BYTES -> "bytea";
            case STRING -> field.nativeType() != null && field.nativeType().name().equals("Uuid") ? "uuid" : "text";
        };
    }

    @Override
    public Object read(ResultSet rows, int column, ScalarField field) throws SQLException {
        if (field.arity().isList()) {
            Array array = rows.getArray(column);
            if (array == null) {
                // Prisma reads a NULL scalar list as an empty list (its filters still see the NULL).
                return new ArrayList<>();
            }
            List<Object> out = new ArrayList<>();
            for (Object element : (Object[]) array.getArray()) {
                out.add(element == null ? null : convertElement(element, field));
            }
            return out;
        }
        String enumName = EnumMapping.enumName(field);
        if (enumName != null) {
            String s = rows.getString(column);
            return s == null ? null : enums.fromDatabase(enumName, s);
        }
        BuiltinType type = field.type() instanceof ScalarType.Builtin b ? b.type() : BuiltinType.STRING;
        Object v = switch (type) {
            case STRING -> rows.getString(column);
            case INT -> {
                int i = rows.getInt(column);
                yield rows.wasNull() ? null : i;
            }
            case BIG_INT -> {
                long l = rows.getLong(column);
                yield rows.wasNull() ? null : l;
            }
            case FLOAT -> {
                double d = rows.getDouble(column);
                yield rows.wasNull() ? null : d;
            }
            case DECIMAL -> rows.getBigDecimal(column);
            case BOOLEAN -> {
                boolean b = rows.getBoolean(column);
                yield rows.wasNull() ? null : b;
            }
            case DATE_TIME -> readInstant(rows, column, field);
            case JSON -> {
                String s = rows.getString(column);
                yield s == null ? null : new Values.Json(s);
            }
            case BYTES -> rows.getBytes(column);
        };
        return v;
    }

    @Override
    public ColumnReader reader(ScalarField field) {
        if (field.arity().isList() || EnumMapping.enumName(field) != null
                || !(field.type() instanceof ScalarType.Builtin b)) {
            return Dialect.super.reader(field);
        }
        return switch (b.type()) {
            case STRING -> ResultSet::getString;
            case INT -> (rows, column) -> {
                int i = rows.getInt(column);
                return i == 0 && rows.wasNull() ? null : i;
            };
            case BIG_INT -> (rows, column) -> {
                long l = rows.getLong(column);
                return l == 0 && rows.wasNull() ? null : l;
            };
            case FLOAT -> (rows, column) -> {
                double d = rows.getDouble(column);
                return d == 0 && rows.wasNull() ? null : d;
            };
            case BOOLEAN -> (rows, column) -> {
                boolean v = rows.getBoolean(column);
                return !v && rows.wasNull() ? null : v;
            };
            case DECIMAL -> ResultSet::getBigDecimal;
            case BYTES -> ResultSet::getBytes;
            case DATE_TIME -> field.nativeType() == null ? (rows, column) -> {
                LocalDateTime t = rows.getObject(column, LocalDateTime.class);
                return t == null ? null : t.toInstant(ZoneOffset.UTC);
            } : Dialect.super.reader(field);
            case JSON -> Dialect.super.reader(field);
        };
    }

    private static Instant readInstant(ResultSet rows, int column, ScalarField field) throws SQLException {
        String nativeType = field.nativeType() == null ? "" : field.nativeType().name();
        return switch (nativeType) {
            case "Timestamptz" -> {
                OffsetDateTime t = rows.getObject(column, OffsetDateTime.class);
                yield t == null ? null : t.toInstant();
            }
            case "Date" -> {
                LocalDate d = rows.getObject(column, LocalDate.class);
                yield d == null ? null : d.atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            case "Time" -> {
                LocalTime t = rows.getObject(column, LocalTime.class);
                yield t == null ? null : t.atDate(LocalDate.EPOCH).toInstant(ZoneOffset.UTC);
            }
            case "Timetz" -> {
                OffsetTime t = rows.getObject(column, OffsetTime.class);
                yield t == null ? null : t.atDate(LocalDate.EPOCH).toInstant();
            }
            default -> {
                LocalDateTime t = rows.getObject(column, LocalDateTime.class);
                yield t == null ? null : t.toInstant(ZoneOffset.UTC);
            }
        };
    }

    private Object convertElement(Object element, ScalarField field) {
        String enumName = EnumMapping.enumName(field);
        if (enumName != null) {
            return enums.fromDatabase(enumName, element.toString());
        }
        BuiltinType type = field.type() instanceof ScalarType.Builtin b ? b.type() : BuiltinType.STRING;
        return switch (type) {
            case INT -> ((Number) element).intValue();
            case BIG_INT -> ((Number) element).longValue();
            case FLOAT -> ((Number) element).doubleValue();
            case DECIMAL -> element instanceof BigDecimal d ? d : new BigDecimal(element.toString());
            case DATE_TIME -> element instanceof java.sql.Timestamp ts
                    ? ts.toLocalDateTime().toInstant(ZoneOffset.UTC) : element;
            case JSON -> new Values.Json(element.toString());
            default -> element;
        };
    }
}
