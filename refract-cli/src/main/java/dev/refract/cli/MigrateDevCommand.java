package dev.refract.cli;

import dev.refract.engine.connect.DatasourceUrl;
import dev.refract.engine.error.RefractException;
import dev.refract.migrate.apply.DatabaseCreation;
import dev.refract.migrate.apply.MigrateDatabase;
import dev.refract.migrate.apply.MigrateDev;
import dev.refract.migrate.apply.ShadowDatabase;
import java.io.Console;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code refract migrate dev}: Prisma 6's development command. Creates the database when missing,
 * checks the history and drift on a shadow database, applies pending migrations, writes the
 * migration from the folder's schema to the Prisma schema as {@code <timestamp>_<name>} and
 * applies it, with Prisma's output. A database that needs a reset (drift, an edited, failed or
 * missing migration) is explained and the command exits 130, as Prisma does; destructive changes
 * are confirmed on a terminal and refused without one (exit 1). Without {@code --name} a terminal
 * is asked for one; otherwise the folder is named by its timestamp alone.
 */
@Command(name = "dev", mixinStandardHelpOptions = true,
        description = "Create a migration from changes in Prisma schema, apply it to the database.")
final class MigrateDevCommand implements Callable<Integer> {
    /** Prisma's exit code when migrate dev stops because a reset is needed, or the user cancelled. */
    static final int CANCELLED = 130;

    private final CliContext context;

    @Option(names = "--schema", paramLabel = "PATH", description = "Custom path to your Prisma schema.")
    String schema;

    @Option(names = {"-n", "--name"}, paramLabel = "NAME", description = "Name the migration.")
    String name;

    @Option(names = "--create-only", description = "Create a new migration but do not apply it.")
    boolean createOnly;

    @Option(names = "--skip-seed", description = "Skip triggering seed.")
    boolean skipSeed;

    @Option(names = "--skip-generate", description = "Accepted for Prisma compatibility (Refract generates with refract generate).")
    boolean skipGenerate;

    MigrateDevCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PrintStream out = context.out();
        MigrateTarget target;
        try {
            target = MigrateTarget.resolve(context, schema, null);
            target.printHeader(context);
            out.println();
            String created = DatabaseCreation.ensureExists(target.url(), target.schemaDir());
            if (created != null) {
                out.print(created + "\n\n");
            }
            boolean interactive = MigrateTarget.interactive(context);
            MigrateDev.Result result;
            try (MigrateDatabase db = target.open()) {
                String shadowUrl = target.shadowDatabaseUrl(context);
                List<String> namespaces = target.namespaces();
                MigrateDev dev = new MigrateDev(db, target.migrations(), target.model(), namespaces,
                        () -> ShadowDatabase.forDevelopment(db, shadowUrl, target.schemaDir(), namespaces));
                dev.lockTimeout(MigrateCommand.lockTimeout());
                result = dev.run(() -> migrationName(interactive), createOnly, (warnings, createOnly) -> {
                    printWarnings(warnings);
                    return interactive ? confirm(createOnly)
                            : MigrateDev.Confirm.NON_INTERACTIVE.dataLoss(warnings, createOnly);
                });
            } catch (MigrateDev.ResetRequired reset) {
                out.print(reset.reason() + "\n" + resetLine(target) + "\n");
                out.print("\nYou may use refract migrate reset to drop the development database.\nAll data will be lost.\n");
                return CANCELLED;
            }
            if (result.cancelled()) {
                out.println("Migration cancelled.");
                return CANCELLED;
            }
            print(target, result);
            if (created != null && !skipSeed) {
                return Seeder.afterMigrate(context, target);
            }
            return ExitCodes.OK;
        } catch (RefractException e) {
            return MigrateTarget.fail(context, e);
        }
    }

    private void print(MigrateTarget target, MigrateDev.Result result) {
        PrintStream out = context.out();
        if (!result.unexecutable().isEmpty()) {
            StringBuilder b = new StringBuilder("\n⚠️ We found changes that cannot be executed:\n\n");
            for (String step : result.unexecutable()) {
                b.append("  • ").append(step).append('\n');
            }
            context.err().print(b.append('\n'));
        }
        if (!result.appliedPending().isEmpty()) {
            out.print("\nThe following migration(s) have been applied:\n\n" + MigrateTarget.tree("migrations",
                    result.appliedPending()) + "\n");
        }
        if (createOnly && result.created() != null) {
            out.print("Prisma Migrate created the following migration without applying it " + result.created()
                    + "\n\nYou can now edit it and apply it by running refract migrate dev.\n");
            return;
        }
        if (!result.appliedPending().isEmpty()) {
            out.println();
        }
        if (result.created() == null) {
            out.println(result.appliedPending().isEmpty() ? "Already in sync, no schema change or pending migration was"
                    + " found." : "Your database is now in sync with your schema.");
        } else {
            out.print("\nThe following migration(s) have been created and applied from new schema changes:\n\n"
                    + MigrateTarget.tree(target.migrationsDisplay(context), List.of(result.created()))
                    + "\n\nYour database is now in sync with your schema.\n");
        }
    }

    private void printWarnings(List<String> warnings) {
        StringBuilder b = new StringBuilder("\n⚠️  Warnings for the current datasource:\n\n");
        for (String w : warnings) {
            b.append("  • ").append(w).append('\n');
        }
        context.out().print(b.append('\n'));
    }

    private static boolean confirm(boolean createOnly) {
        Console console = System.console();
        String question = createOnly ? "Are you sure you want to create this migration?"
                : "Are you sure you want to create and apply this migration?";
        String answer = console == null ? null : console.readLine("? " + question + " › (y/N) ");
        return answer != null && answer.strip().toLowerCase(java.util.Locale.ROOT).startsWith("y");
    }

    /** {@code --name}, else on a terminal the answer to Prisma's question, else none (the timestamp alone). */
    private String migrationName(boolean interactive) {
        if (name != null || !interactive) {
            return name;
        }
        Console console = System.console();
        return console == null ? null : console.readLine("? Enter a name for the new migration: › ");
    }

    /** Prisma's "We need to reset ..." line: the schema(s) and server, or the SQLite file. */
    static String resetLine(MigrateTarget target) {
        DatasourceUrl parsed = DatasourceUrl.parse(target.url(), target.schemaDir());
        if (parsed.provider().equals("sqlite")) {
            return "We need to reset the SQLite database \"" + Path.of(parsed.database()).getFileName() + "\" at \""
                    + target.url() + "\"";
        }
        List<String> namespaces = target.namespaces();
        String what = namespaces.isEmpty() ? "the \"" + ((dev.refract.engine.connect.PostgresUrl) parsed).schema()
                + "\" schema" : "the following schemas: \"" + String.join(", ", namespaces) + "\"";
        return "We need to reset " + what + " at \"" + parsed.host() + ":" + parsed.port() + "\"";
    }
}
