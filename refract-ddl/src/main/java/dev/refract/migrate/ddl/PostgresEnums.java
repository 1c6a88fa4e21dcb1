package dev.refract.migrate.ddl;

import static dev.refract.migrate.ddl.PostgresDdl.ident;
import static dev.refract.migrate.ddl.PostgresDdl.qualified;

import dev.refract.migrate.ddl.SqlSchema.Column;
import dev.refract.migrate.ddl.SqlSchema.SqlEnum;
import dev.refract.migrate.ddl.SqlSchema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Changing a PostgreSQL enum's values as Prisma does: added values with ALTER TYPE ... ADD VALUE;
 * when a value goes, which PostgreSQL cannot drop, a new type is created under {@code X_new}, the
 * columns move to it through a text cast, the old type is renamed to {@code X_old} and dropped,
 * all in one transaction, with the defaults that use the enum taken off and put back around it.
 */
final class PostgresEnums {
    private PostgresEnums() {
    }

    static List<String> alter(SqlEnum p, SqlEnum n, List<String> added, List<String> dropped, SqlSchema previous,
                              SqlSchema next) {
        List<String> out = new ArrayList<>();
        if (dropped.isEmpty()) {
            for (String value : added) {
                out.add("ALTER TYPE " + qualified(p.namespace(), p.name()) + " ADD VALUE " + Literals.quote(value));
            }
            if (out.size() > 1) {
                out.set(0, "-- This migration adds more than one value to an enum.\n"
                        + "-- With PostgreSQL versions 11 and earlier, this is not possible\n"
                        + "-- in a single migration. This can be worked around by creating\n"
                        + "-- multiple migrations, each migration adding only one value to\n"
                        + "-- the enum.\n\n\n" + out.get(0));
            }
            return out;
        }
        String tmp = qualified(n.namespace(), n.name() + "_new");
        String old = p.name() + "_old";
        out.add("BEGIN");
        out.add("CREATE TYPE " + tmp + " AS ENUM ("
                + n.values().stream().map(Literals::quote).collect(Collectors.joining(", ")) + ")");
        List<Column[]> defaults = new ArrayList<>();
        for (Table t : previous.tables()) {
            for (Column c : t.columns()) {
                if (PostgresMigration.sameEnum(c, p) && c.defaultValue() != null) {
                    out.add("ALTER TABLE " + qualified(t.namespace(), t.name()) + " ALTER COLUMN " + ident(c.name())
                            + " DROP DEFAULT");
                    Column after = nextColumn(next, t, c, n);
                    if (after != null) {
                        defaults.add(new Column[] {c, after});
                    }
                }
            }
        }
        for (Table t : next.tables()) {
            for (Column c : t.columns()) {
                if (PostgresMigration.sameEnum(c, n)) {
                    String array = c.arity().isList() ? "[]" : "";
                    out.add("ALTER TABLE " + qualified(t.namespace(), t.name()) + " ALTER COLUMN " + ident(c.name())
                            + " TYPE " + tmp + array + " USING (" + ident(c.name()) + "::text::" + tmp + array + ")");
                }
            }
        }
        out.add("ALTER TYPE " + qualified(p.namespace(), p.name()) + " RENAME TO " + ident(old));
        out.add("ALTER TYPE " + tmp + " RENAME TO " + ident(n.name()));
        out.add("DROP TYPE " + qualified(p.namespace(), old));
        for (Table t : previous.tables()) {
            for (Column[] pair : defaults) {
                if (t.columns().contains(pair[0])) {
                    out.add("ALTER TABLE " + qualified(t.namespace(), t.name()) + " ALTER COLUMN "
                            + ident(pair[0].name()) + " SET DEFAULT "
                            + PostgresDdl.defaultValue(pair[1].defaultValue(), PostgresDdl.columnType(pair[1])));
                }
            }
        }
        out.add("COMMIT");
        return out;
    }

    private static Column nextColumn(SqlSchema next, Table previousTable, Column c, SqlEnum n) {
        for (Table t : next.tables()) {
            if (t.name().equals(previousTable.name())) {
                for (Column nc : t.columns()) {
                    if (nc.name().equals(c.name()) && PostgresMigration.sameEnum(nc, n) && nc.defaultValue() != null) {
                        return nc;
                    }
                }
            }
        }
        return null;
    }
}
