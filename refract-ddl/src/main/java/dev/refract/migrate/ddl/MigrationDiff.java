package dev.refract.migrate.ddl;

import dev.refract.model.Datasource;
import dev.refract.model.SchemaModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What {@code prisma migrate diff} prints between two schemas: the migration script
 * ({@code --script}) or the human summary. Either side may be empty (null), as with
 * {@code --from-empty} and {@code --to-empty}. Supported providers: {@code postgresql} and
 * {@code sqlite}.
 */
public final class MigrationDiff {
    private final List<MigrationStep> steps;

    private MigrationDiff(List<MigrationStep> steps) {
        this.steps = steps;
    }

    /**
     * The diff from {@code from} to {@code to}, either of which may be null (an empty database,
     * without even PostgreSQL's {@code public} schema, as Prisma's {@code --from-empty}).
     */
    public static MigrationDiff between(SchemaModel from, SchemaModel to) {
        SchemaModel any = from != null ? from : to;
        if (any == null) {
            return new MigrationDiff(List.of());
        }
        MigrationDialect dialect = dialect(any.provider());
        SqlSchema previous = from == null ? empty() : SqlSchemaCalculator.calculate(from, dialect.ddl());
        SqlSchema next = to == null ? empty() : SqlSchemaCalculator.calculate(to, dialect.ddl());
        if (from == null) {
            return new MigrationDiff(fromEmpty(to, next, namespaces(to, next, dialect)));
        }
        return new MigrationDiff(SchemaDiffer.diff(previous, namespaces(from, previous, dialect), next,
                namespaces(to, next, dialect), dialect));
    }

    /**
     * The diff between two schemas of a {@code provider} database, either described from a live
     * database or calculated from a model ({@link SqlSchema#of}); null stands for empty.
     */
    public static MigrationDiff between(SqlSchema from, SqlSchema to, String provider) {
        MigrationDialect dialect = dialect(provider);
        SqlSchema previous = from == null ? empty() : from;
        SqlSchema next = to == null ? empty() : to;
        return new MigrationDiff(SchemaDiffer.diff(previous, namespaces(from, dialect), next,
                namespaces(to, dialect), dialect));
    }

    private static List<String> namespaces(SqlSchema schema, MigrationDialect dialect) {
        if (schema == null || !dialect.ddl().hasNamespaces()) {
            return List.of();
        }
        return schema.namespaces().isEmpty() ? List.of("public") : schema.namespaces();
    }

    /**
     * The steps that create {@code schema} (calculated from {@code model}) in an empty database
     * with the given namespaces to create, extensions included.
     */
    static List<MigrationStep> fromEmpty(SchemaModel model, SqlSchema schema, List<String> namespaces) {
        MigrationDialect dialect = dialect(model.provider());
        List<MigrationStep> steps = new ArrayList<>(SchemaDiffer.diff(empty(), List.of(), schema, namespaces, dialect));
        if (dialect.ddl().hasNamespaces() && model.datasource() != null) {
            List<Datasource.Extension> extensions = model.datasource().extensions();
            for (int i = 0; i < extensions.size(); i++) {
                steps.add(MigrationStep.of(MigrationStep.Kind.CreateExtension, List.of(i),
                        dialect.ddl().createExtension(extensions.get(i))));
            }
        }
        Collections.sort(steps);
        return steps;
    }

    static SqlSchema empty() {
        return new SqlSchema(List.of(), List.of(), List.of(), List.of());
    }

    /** A schema's namespaces on PostgreSQL: its listed schemas, or {@code public}. */
    private static List<String> namespaces(SchemaModel model, SqlSchema schema, MigrationDialect dialect) {
        if (model == null || !dialect.ddl().hasNamespaces()) {
            return List.of();
        }
        return schema.namespaces().isEmpty() ? List.of("public") : schema.namespaces();
    }

    static MigrationDialect dialect(String provider) {
        if (provider == null) {
            throw new IllegalArgumentException("the schema has no datasource: no SQL dialect to write");
        }
        return switch (provider) {
            case "postgresql", "postgres" -> PostgresMigration.INSTANCE;
            case "sqlite" -> SqliteMigration.INSTANCE;
            default -> throw new IllegalArgumentException("migrate diff does not support provider " + provider + " yet");
        };
    }

    /** Every statement of the migration, in order, without semicolons (one JDBC execute each). */
    public List<String> statements() {
        return steps.stream().flatMap(s -> s.statements().stream()).toList();
    }

    /**
     * What in this migration may lose data or fail on a database with rows, in step order, for a
     * destructive change checker to count rows for (Prisma's checks; no database is read here).
     */
    public List<DestructiveChange> destructiveChanges() {
        List<DestructiveChange> out = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            for (java.util.function.IntFunction<DestructiveChange> check : steps.get(i).checks()) {
                out.add(check.apply(i));
            }
        }
        return out;
    }

    /** The number of steps (each {@code -- Kind} section of the script). */
    public int stepCount() {
        return steps.size();
    }

    /** True when nothing changes. */
    public boolean isEmpty() {
        return steps.isEmpty();
    }

    /** The migration script as Prisma writes it, or {@code -- This is an empty migration.} */
    public String script() {
        // Prisma's CLI ends an empty migration's comment with a newline of its own.
        return steps.isEmpty() ? "-- This is an empty migration.\n" : render(steps);
    }

    static String render(List<MigrationStep> steps) {
        if (steps.isEmpty()) {
            return "-- This is an empty migration.";
        }
        StringBuilder out = new StringBuilder();
        for (MigrationStep step : steps) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append("-- ").append(step.kind()).append('\n');
            for (String statement : step.statements()) {
                out.append(statement).append(";\n");
            }
        }
        return out.toString();
    }

    /** The human summary ({@code migrate diff} without {@code --script}). */
    public String summary() {
        return steps.isEmpty() ? "No difference detected.\n" : DriftSummary.render(steps);
    }
}
