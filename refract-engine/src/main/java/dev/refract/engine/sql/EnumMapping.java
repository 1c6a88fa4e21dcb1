package dev.refract.engine.sql;

import dev.refract.model.EnumType;
import dev.refract.model.EnumValue;
import dev.refract.model.ScalarField;
import dev.refract.model.ScalarType;
import dev.refract.model.SchemaModel;
import java.util.HashMap;
import java.util.Map;

/**
 * Enum values between Prisma's names and the database's ({@code @map}): the IR and results use
 * Prisma's names, the columns hold the mapped ones.
 */
public final class EnumMapping {
    private final Map<String, Map<String, String>> toDb = new HashMap<>();
    private final Map<String, Map<String, String>> fromDb = new HashMap<>();

    public EnumMapping(SchemaModel schema) {
        for (EnumType e : schema.enums()) {
            Map<String, String> to = new HashMap<>();
            Map<String, String> from = new HashMap<>();
            for (EnumValue v : e.values()) {
                String db = v.dbName() != null ? v.dbName() : v.name();
                to.put(v.name(), db);
                from.put(db, v.name());
            }
            toDb.put(e.name(), to);
            fromDb.put(e.name(), from);
        }
    }

    /** The enum's name when {@code field} is an enum field, else null. */
    public static String enumName(ScalarField field) {
        return field != null && field.type() instanceof ScalarType.EnumRef ref ? ref.enumName() : null;
    }

    /** The database value for a Prisma enum value name (unknown names pass through). */
    public String toDatabase(String enumName, String value) {
        Map<String, String> m = toDb.get(enumName);
        return m == null ? value : m.getOrDefault(value, value);
    }

    /** The Prisma enum value name for a database value (unknown values pass through). */
    public String fromDatabase(String enumName, String value) {
        Map<String, String> m = fromDb.get(enumName);
        return m == null ? value : m.getOrDefault(value, value);
    }
}
