package dev.refract.cli;

import dev.refract.engine.error.RefractException;
import dev.refract.migrate.apply.DatabaseCreation;
import dev.refract.migrate.apply.MigrateDatabase;
import java.io.Console;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code refract migrate reset}: empties the development database (its schemas on PostgreSQL,
 * every table on SQLite), applies every migration again, then runs the seed unless
 * {@code --skip-seed}. It asks first on a terminal; elsewhere it needs {@code --force} and refuses
 * without it with Prisma's message (exit 1).
 */
@Command(name = "reset", mixinStandardHelpOptions = true,
        description = "Reset your database and apply all migrations, all data will be lost.")
final class MigrateResetCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = "--schema", paramLabel = "PATH", description = "Custom path to your Prisma schema.")
    String schema;

    @Option(names = {"-f", "--force"}, description = "Skip the confirmation prompt.")
    boolean force;

    @Option(names = "--skip-seed", description = "Skip triggering seed.")
    boolean skipSeed;

    @Option(names = "--skip-generate", description = "Accepted for Prisma compatibility (Refract generates with refract generate).")
    boolean skipGenerate;

    MigrateResetCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PrintStream out = context.out();
        try {
            MigrateTarget target = MigrateTarget.resolve(context, schema, null);
            target.printHeader(context);
            String created = DatabaseCreation.ensureExists(target.url(), target.schemaDir());
            if (created != null) {
                out.print("\n" + created + "\n");
            }
            out.println();
            if (!force) {
                if (!MigrateTarget.interactive(context)) {
                    context.err().println("Error: Prisma Migrate has detected that the environment is non-interactive."
                            + " It is recommended to run this command in an interactive environment.\n\nUse --force to"
                            + " run this command without user interaction.\nSee https://www.prisma.io/docs/reference/"
                            + "api-reference/command-reference#migrate-reset");
                    return ExitCodes.INVALID;
                }
                Console console = System.console();
                String answer = console == null ? null
                        : console.readLine("? Are you sure you want to reset your database? All data will be lost. › (y/N) ");
                out.println();
                if (answer == null || !answer.strip().toLowerCase(java.util.Locale.ROOT).startsWith("y")) {
                    out.println("Reset cancelled.");
                    return MigrateDevCommand.CANCELLED;
                }
            }
            List<String> applied;
            try (MigrateDatabase db = target.open()) {
                applied = MigrateCommand.migrate(db, target).reset(target.namespaces(), name -> { });
            }
            if (applied.isEmpty()) {
                out.print("Database reset successful\n\n");
            } else {
                out.print("\nDatabase reset successful\n\nThe following migration(s) have been applied:\n\n"
                        + MigrateTarget.tree("migrations", applied) + "\n");
            }
            return skipSeed ? ExitCodes.OK : Seeder.afterMigrate(context, target);
        } catch (RefractException e) {
            return MigrateTarget.fail(context, e);
        }
    }
}
