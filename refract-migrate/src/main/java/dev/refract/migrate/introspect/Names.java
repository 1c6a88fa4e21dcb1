package dev.refract.migrate.introspect;

import dev.refract.schema.db.ReservedNames;
import java.util.regex.Pattern;

/**
 * Prisma's names for database objects: a valid identifier as is, anything else sanitised (invalid
 * characters become {@code _}, a leading digit or underscore gets a prefix) and mapped back with
 * {@code @map}/{@code @@map}.
 */
final class Names {
    private static final Pattern VALID = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private Names() {
    }

    static boolean isValid(String name) {
        return VALID.matcher(name).matches();
    }

    /** The identifier for a database name; {@code isValid} names are returned unchanged. */
    static String sanitize(String name) {
        if (isValid(name)) {
            return name;
        }
        String s = name.replaceAll("[^A-Za-z0-9_]", "_");
        if (s.isEmpty() || !Character.isLetter(s.charAt(0))) {
            s = "M" + s;
        }
        return s;
    }

    /** A model name reserved by Prisma Client gets the {@code Renamed} prefix. */
    static boolean isReserved(String modelName) {
        return ReservedNames.isReservedTypeName(modelName);
    }

    /** A string literal in schema syntax. */
    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
