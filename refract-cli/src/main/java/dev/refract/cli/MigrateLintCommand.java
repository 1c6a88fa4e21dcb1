package dev.refract.cli;

import dev.refract.migrate.history.MigrationDirectory;
import dev.refract.migrate.lint.LintFinding;
import dev.refract.migrate.lint.MigrationLint;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.ValidatedSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code refract migrate lint [--schema S] [--file F] [--exit-code]} (beyond Prisma): the migration
 * safety lint for PostgreSQL over the migrations folder, or over one script taken as the migration
 * after the folder's. Needs no database. Prints each risky operation with its expand-and-contract
 * alternative; exits 0, or with {@code --exit-code} 2 when something was found.
 */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = "Flag migration steps that lock or rewrite big PostgreSQL tables (beyond Prisma).")
final class MigrateLintCommand implements Callable<Integer> {
    /** {@code --exit-code}: a risky operation was found. */
    static final int FOUND = 2;

    private final CliContext context;

    @Option(names = "--schema", paramLabel = "PATH", description = "Custom path to your Prisma schema.")
    String schema;

    @Option(names = "--file", paramLabel = "PATH",
            description = "Lint this script as the next migration, after the folder's migrations.")
    String file;

    @Option(names = "--exit-code", description = "Exit 2 when a risky operation is found (0 otherwise).")
    boolean exitCode;

    MigrateLintCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        SchemaLocation location = new SchemaLocator(context.cwd()).locate(schema);
        ValidatedSchema validated = PrismaSchema.validate(location.files());
        if (!validated.isValid()) {
            Reports.invalid(context.err(), validated, false);
            return ExitCodes.INVALID;
        }
        Path schemaDir = location.folder() ? location.location() : location.location().toAbsolutePath().getParent();
        MigrateTarget target = new MigrateTarget(location, schemaDir, null, null, validated);
        context.out().println("Prisma schema loaded from " + location.displayLocation());
        String provider = target.migrations().lockedProvider()
                .orElse(validated.configuration().datasource().map(ds -> ds.activeProvider()).orElse("postgresql"));
        if (!provider.startsWith("postgres")) {
            context.out().println("\nThe migration lint checks PostgreSQL migrations; this schema uses " + provider + ".");
            return ExitCodes.OK;
        }
        List<MigrationDirectory> migrations = target.migrations().list();
        List<LintFinding> findings;
        context.out().println();
        if (file == null) {
            int count = migrations.size();
            context.out().println(count + " migration" + (count == 1 ? "" : "s") + " found in "
                    + target.migrationsDisplay(context));
            findings = MigrationLint.lint(target.migrations());
        } else {
            Path path = context.cwd().resolve(file);
            String script;
            try {
                script = Files.readString(path, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UsageException("Cannot read " + file + ": " + e.getMessage());
            }
            context.out().println("Linting " + file + " after the " + migrations.size() + " migration"
                    + (migrations.size() == 1 ? "" : "s") + " in " + target.migrationsDisplay(context));
            findings = MigrationLint.lint(migrations.stream().map(MigrationDirectory::script).toList(), file, script);
        }
        context.out().println();
        context.out().print(MigrationLint.render(findings));
        return exitCode && !findings.isEmpty() ? FOUND : ExitCodes.OK;
    }
}
