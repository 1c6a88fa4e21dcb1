package dev.refract.cli;

import dev.refract.engine.error.RefractException;
import dev.refract.migrate.apply.MigrateDatabase;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code refract migrate deploy}: applies the pending migrations, in order, as
 * {@code prisma migrate deploy} does, with its output and exit codes (0 applied or nothing to do,
 * 1 on any error: P3005, P3009, P3018, P1002...).
 */
@Command(name = "deploy", mixinStandardHelpOptions = true,
        description = "Apply pending migrations to the database (production/staging).")
final class MigrateDeployCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = "--schema", paramLabel = "PATH", description = "Custom path to your Prisma schema.")
    String schema;

    MigrateDeployCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try {
            MigrateTarget target = MigrateTarget.resolve(context, schema, null);
            target.printHeader(context);
            int count = target.migrations().list().size();
            context.out().println();
            context.out().println(count == 0 ? "No migration found in " + target.migrationsDisplay(context)
                    : count + " migration" + (count > 1 ? "s" : "") + " found in " + target.migrationsDisplay(context));
            context.out().println();
            List<String> applied;
            List<String> names = target.migrations().list().stream().map(m -> m.name()).toList();
            try (MigrateDatabase db = target.open(); Progress progress = Progress.on(context)) {
                applied = MigrateCommand.migrate(db, target).deploy(name -> {
                    progress.clear();
                    context.out().println("Applying migration `" + name + "`");
                    progress.show("Applying migration " + (names.indexOf(name) + 1) + "/" + names.size() + " " + name);
                });
            }
            context.out().println();
            if (applied.isEmpty()) {
                context.out().println("No pending migrations to apply.");
            } else {
                StringBuilder files = new StringBuilder("migrations/\n");
                for (String name : applied) {
                    files.append("  └─ ").append(name).append("/\n    └─ migration.sql\n");
                }
                // Prisma's line after the file list holds six spaces (checked against Prisma 6.19's output).
                context.out().print("The following migration(s) have been applied:\n\n" + files + "      \n");
                context.out().println("All migrations have been successfully applied.");
            }
            return ExitCodes.OK;
        } catch (RefractException e) {
            return MigrateTarget.fail(context, e);
        }
    }
}
