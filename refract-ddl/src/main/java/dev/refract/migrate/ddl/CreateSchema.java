package dev.refract.migrate.ddl;

import dev.refract.migrate.ddl.SqlSchema.Index;
import dev.refract.migrate.ddl.SqlSchema.SqlEnum;
import dev.refract.migrate.ddl.SqlSchema.Table;
import dev.refract.migrate.ddl.SqlSchema.TableForeignKey;
import dev.refract.model.Datasource;
import dev.refract.model.SchemaModel;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL that creates a whole schema in an empty database, as the first migration Prisma Migrate
 * writes for it ({@code prisma migrate dev} on an empty database).
 *
 * <p>Statements come in Prisma's order: schemas (multi-schema PostgreSQL), extensions
 * (PostgreSQL, preview feature {@code postgresqlExtensions}), enum types, tables
 * (models in declaration order, then implicit many-to-many join tables), indexes (table by table,
 * in each table's index order), foreign keys. SQLite declares foreign keys inside CREATE TABLE,
 * MySQL indexes.
 * Supported providers: {@code postgresql}, {@code sqlite} and {@code mysql}.
 */
public final class CreateSchema {
    private CreateSchema() {
    }

    /** One SQL statement per element, without trailing semicolons, in Prisma's order. */
    public static List<String> statements(SchemaModel model) {
        List<String> out = new ArrayList<>();
        for (Step step : steps(model)) {
            out.add(step.sql());
        }
        return List.copyOf(out);
    }

    /**
     * The text of the {@code migration.sql} Prisma writes: each step under a {@code -- Kind}
     * comment, statements ending in {@code ;}, steps separated by a blank line; for a schema
     * without tables or enums, Prisma's {@code -- This is an empty migration.}
     */
    public static String migrationScript(SchemaModel model) {
        List<Step> steps = steps(model);
        if (steps.isEmpty()) {
            // What Prisma writes when a migration has nothing to do.
            return "-- This is an empty migration.";
        }
        StringBuilder out = new StringBuilder();
        for (Step step : steps) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append("-- ").append(step.kind()).append('\n').append(step.sql()).append(";\n");
        }
        return out.toString();
    }

    /** One migration step: its kind as Prisma names it ({@code CreateTable}) and its SQL. */
    private record Step(String kind, String sql) {
    }

    private static List<Step> steps(SchemaModel model) {
        Dialect dialect = dialect(model.provider());
        SqlSchema schema = SqlSchemaCalculator.calculate(model, dialect);
        List<Step> steps = new ArrayList<>();
        if (dialect != MysqlDdl.INSTANCE) {
            // The general case: the diff from an empty database (whose "public" schema Prisma's
            // shadow database already has, so only listed schemas are created).
            for (MigrationStep step : MigrationDiff.fromEmpty(model, schema, schema.namespaces())) {
                steps.add(new Step(step.kind().name(), String.join(";\n", step.statements())));
            }
            return steps;
        }
        if (dialect.hasNamespaces()) {
            for (String ns : schema.namespaces()) {
                steps.add(new Step("CreateSchema", dialect.createNamespace(ns)));
            }
        }
        if (dialect.hasNamespaces() && model.datasource() != null) {
            for (Datasource.Extension e : model.datasource().extensions()) {
                steps.add(new Step("CreateExtension", dialect.createExtension(e)));
            }
        }
        if (dialect.hasEnumTypes()) {
            for (SqlEnum e : schema.enums()) {
                steps.add(new Step("CreateEnum", dialect.createEnum(e)));
            }
        }
        for (Table t : schema.tables()) {
            steps.add(new Step("CreateTable", dialect.createTable(t)));
        }
        if (!dialect.indexesInline()) {
            for (Table t : schema.tables()) {
                for (Index index : t.indexes()) {
                    steps.add(new Step("CreateIndex", dialect.createIndex(t, index)));
                }
            }
        }
        if (!dialect.foreignKeysInline()) {
            for (TableForeignKey fk : schema.foreignKeys()) {
                steps.add(new Step("AddForeignKey", dialect.addForeignKey(fk.table(), fk.foreignKey())));
            }
        }
        return steps;
    }

    static Dialect dialect(String provider) {
        if (provider == null) {
            throw new IllegalArgumentException("the schema has no datasource: no SQL dialect to write");
        }
        return switch (provider) {
            case "postgresql", "postgres" -> PostgresDdl.INSTANCE;
            case "sqlite" -> SqliteDdl.INSTANCE;
            case "mysql" -> MysqlDdl.INSTANCE;
            default -> throw new IllegalArgumentException("no DDL for provider " + provider + " yet");
        };
    }
}
