package dev.refract.engine.sql;

import dev.refract.engine.ir.Values;
import dev.refract.model.BuiltinType;
import dev.refract.model.ScalarField;
import dev.refract.model.ScalarType;
import dev.refract.model.SchemaModel;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Set;

/**
 * SQLite. Prisma stores DateTime as integer milliseconds since the epoch (what its engine writes);
 * we write the same and read both that and ISO-8601 text (what other writers, and Prisma's
 * driver adapters, leave behind). Booleans are 0/1, Decimal is stored as text or a number.
 */
public final class SqliteDialect implements Dialect {
    private static final Set<Capability> CAPABILITIES = EnumSet.of(Capability.RETURNING, Capability.NULLS_ORDERING,
            Capability.ROW_VALUES, Capability.JSON_FILTERS);

    private final EnumMapping enums;
    private final SchemaModel schema;

    public SqliteDialect(SchemaModel schema) {
        this.enums = new EnumMapping(schema);
        this.schema = schema;
    }

    @Override
    public SchemaModel schema() {
        return schema;
    }

    @Override
    public String provider() {
        return "sqlite";
    }

    @Override
    public Set<Capability> capabilities() {
        return CAPABILITIES;
    }

    @Override
    public int maxBindParameters() {
        // SQLITE_MAX_VARIABLE_NUMBER is 32766 since SQLite 3.32.
        return 32766;
    }

    @Override
    public void bind(PreparedStatement st, int index, Object value, ScalarField field) throws SQLException {
        if (value == null) {
            st.setNull(index, Types.NULL);
            return;
        }
        String enumName = EnumMapping.enumName(field);
        if (enumName != null) {
            st.setString(index, enums.toDatabase(enumName, (String) value));
        } else if (value instanceof Instant instant) {
            st.setLong(index, instant.toEpochMilli());
        } else if (value instanceof Values.Json json) {
            st.setString(index, json.text());
        } else if (value instanceof BigDecimal d) {
            st.setString(index, d.toPlainString());
        } else if (value instanceof Boolean b) {
            st.setInt(index, b ? 1 : 0);
        } else {
            st.setObject(index, value);
        }
    }

    @Override
    public Object read(ResultSet rows, int column, ScalarField field) throws SQLException {
        Object raw = rows.getObject(column);
        if (raw == null) {
            return null;
        }
        String enumName = EnumMapping.enumName(field);
        if (enumName != null) {
            return enums.fromDatabase(enumName, raw.toString());
        }
        BuiltinType type = field.type() instanceof ScalarType.Builtin b ? b.type() : BuiltinType.STRING;
        return switch (type) {
            case STRING -> raw.toString();
            case INT -> intOrLong(((Number) raw).longValue());
            case BIG_INT -> ((Number) raw).longValue();
            case FLOAT -> ((Number) raw).doubleValue();
            case DECIMAL -> new BigDecimal(raw.toString());
            case BOOLEAN -> raw instanceof Number n ? n.longValue() != 0 : Boolean.parseBoolean(raw.toString());
            case DATE_TIME -> toInstant(raw);
            case JSON -> new Values.Json(raw.toString());
            case BYTES -> raw instanceof byte[] bytes ? bytes : rows.getBytes(column);
        };
    }

    @Override
    public ColumnReader reader(ScalarField field) {
        if (EnumMapping.enumName(field) != null || !(field.type() instanceof ScalarType.Builtin b)) {
            return Dialect.super.reader(field);
        }
        // Direct getters skip getObject's per-cell type probe and boxing of the wrong width.
        return switch (b.type()) {
            // TEXT affinity stores numbers as text, so getString reads what getObject would.
            case STRING -> ResultSet::getString;
            case INT -> (rows, column) -> {
                long l = rows.getLong(column);
                return l == 0 && rows.wasNull() ? null : intOrLong(l);
            };
            case BIG_INT -> (rows, column) -> {
                long l = rows.getLong(column);
                return l == 0 && rows.wasNull() ? null : l;
            };
            default -> Dialect.super.reader(field);
        };
    }

    /**
     * An Int as an Integer, unless it does not fit: SQLite does not enforce 32 bits (an increment
     * past 2147483647 stores 2147483648), and a silent wrap would corrupt the value, so it comes
     * back as a Long holding it exactly, which is what Prisma answers.
     */
    private static Object intOrLong(long value) {
        int i = (int) value;
        return i == value ? (Object) i : (Object) value;
    }

    /** Integer milliseconds, or ISO-8601 / SQLite {@code datetime()} text. */
    public static Instant toInstant(Object raw) {
        if (raw instanceof Number n) {
            return Instant.ofEpochMilli(n.longValue());
        }
        String s = raw.toString().trim();
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return Instant.parse(s);
            } catch (DateTimeParseException notInstant) {
                String iso = s.replace(' ', 'T');
                return LocalDateTime.parse(iso, DateTimeFormatter.ISO_LOCAL_DATE_TIME).toInstant(ZoneOffset.UTC);
            }
        }
    }
}
