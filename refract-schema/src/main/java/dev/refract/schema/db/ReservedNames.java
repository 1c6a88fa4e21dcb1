package dev.refract.schema.db;

import java.util.Set;

/** Names a model or enum cannot take because the generated client reserves them. */
public final class ReservedNames {
    private static final Set<String> RESERVED = Set.of(
            "PrismaClient",
            "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else",
            "enum", "export", "extends", "false", "finally", "for", "function", "if", "implements", "import", "in",
            "instanceof", "interface", "let", "new", "null", "package", "private", "protected", "public", "return",
            "super", "switch", "this", "throw", "true", "try", "typeof", "var", "void", "while", "with", "yield");

    private ReservedNames() {
    }

    /** Whether {@code name} is reserved for the Prisma Client API. */
    public static boolean isReservedTypeName(String name) {
        return RESERVED.contains(name);
    }
}
