package dev.refract.generator;

import java.util.Set;

/** Java names for schema names: keywords and names the runtime base classes use get a trailing underscore. */
final class Names {
    private static final Set<String> RESERVED = Set.of(
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const", "continue",
            "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for", "goto", "if",
            "implements", "import", "instanceof", "int", "interface", "long", "native", "new", "package", "private",
            "protected", "public", "return", "short", "static", "strictfp", "super", "switch", "synchronized", "this",
            "throw", "throws", "transient", "try", "void", "volatile", "while", "true", "false", "null", "var",
            "record", "yield", "sealed", "permits", "_",
            // methods of the runtime bases and of Object
            "build", "self", "sink", "add", "many", "one", "or", "and", "not", "set", "atomic", "nested", "setEnums",
            "scalar", "relation", "asMap", "isLoaded", "equals", "hashCode", "toString", "getClass", "notify",
            "notifyAll", "wait", "clone", "finalize", "create", "optionalScalar", "scalarList", "enumValue",
            "optionalEnum", "enumList", "relationList", "relationOne", "relationCount", "model", "where", "orderBy", "cursor", "skip",
            "take", "include", "select", "omit", "link", "applyLink", "readArgs", "selection", "whereFilter", "filter", "defaults", "through", "count");

    private Names() {
    }

    /** A member name for the schema name {@code name}. */
    static String member(String name) {
        return RESERVED.contains(name) ? name + "_" : name;
    }

    /** The client accessor of a model: its name with a lower-case first letter ({@code User} to {@code user}). */
    static String accessor(String model) {
        return member(Character.toLowerCase(model.charAt(0)) + model.substring(1));
    }

    /** A compound unique's factory name: its fields joined in camel case ({@code firstNameLastName}). */
    static String compound(java.util.List<String> fields) {
        StringBuilder b = new StringBuilder(fields.get(0));
        for (String f : fields.subList(1, fields.size())) {
            b.append(Character.toUpperCase(f.charAt(0))).append(f.substring(1));
        }
        return member(b.toString());
    }

    /** Javadoc text that cannot end the comment early. */
    static String doc(String text) {
        return text.replace("*/", "*&#47;").replace("@", "{@literal @}");
    }
}
