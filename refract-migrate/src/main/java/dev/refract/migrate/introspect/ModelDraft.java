package dev.refract.migrate.introspect;

import dev.refract.migrate.ddl.SqlSchema.Table;
import java.util.ArrayList;
import java.util.List;

/** A model (or view) being written: its name, documentation, field lines and block attributes. */
final class ModelDraft {
    final Table table;
    final String name;
    final boolean view;
    final List<String> docs = new ArrayList<>();
    /** Scalar fields in column order: name and the rest of the line. */
    final List<String[]> fields = new ArrayList<>();
    /** Relation fields, printed after the scalars, sorted by name. */
    final List<String[]> relationFields = new ArrayList<>();
    /** Block attributes in Prisma's order: @@id, @@unique/@@index, @@map, @@ignore, @@schema. */
    final List<String> blockAttributes = new ArrayList<>();
    /** No unique identifier: documented and {@code @@ignore}d. */
    boolean ignored;

    ModelDraft(Table table, String name, boolean view) {
        this.table = table;
        this.name = name;
        this.view = view;
    }

    /** The Prisma field name of {@code column}. */
    static String fieldName(String column) {
        return Names.sanitize(column);
    }

    boolean hasField(String name) {
        return fields.stream().anyMatch(f -> f[0].equals(name)) || relationFields.stream().anyMatch(f -> f[0].equals(name));
    }

    String render() {
        StringBuilder out = new StringBuilder();
        for (String d : docs) {
            out.append("/// ").append(d).append('\n');
        }
        out.append(view ? "view " : "model ").append(name).append(" {\n");
        for (String[] f : fields) {
            out.append("  ").append(f[0]).append(' ').append(f[1]).append('\n');
        }
        relationFields.sort((a, b) -> a[0].compareTo(b[0]));
        for (String[] f : relationFields) {
            out.append("  ").append(f[0]).append(' ').append(f[1]).append('\n');
        }
        if (!blockAttributes.isEmpty()) {
            out.append('\n');
            for (String a : blockAttributes) {
                out.append("  ").append(a).append('\n');
            }
        }
        return out.append("}\n").toString();
    }
}
