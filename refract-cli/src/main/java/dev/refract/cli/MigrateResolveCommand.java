package dev.refract.cli;

import dev.refract.engine.error.RefractException;
import dev.refract.migrate.apply.MigrateDatabase;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code refract migrate resolve --applied NAME | --rolled-back NAME}: records a migration as
 * applied without running it (baselining, a hotfix), or closes a failed attempt so deploy retries
 * it, as {@code prisma migrate resolve} does (P3008, P3011, P3012, P3017 on misuse).
 */
@Command(name = "resolve", mixinStandardHelpOptions = true,
        description = "Resolve issues with database migrations (baseline, failed migration, hotfix).")
final class MigrateResolveCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = "--schema", paramLabel = "PATH", description = "Custom path to your Prisma schema.")
    String schema;

    @Option(names = "--applied", paramLabel = "NAME", description = "Record a specific migration as applied.")
    String applied;

    @Option(names = "--rolled-back", paramLabel = "NAME", description = "Record a specific migration as rolled back.")
    String rolledBack;

    MigrateResolveCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if ((applied == null) == (rolledBack == null)) {
            throw new UsageException(applied == null
                    ? "--applied or --rolled-back must be part of the command, e.g. refract migrate resolve --applied"
                            + " 20201231000000_example"
                    : "Pass either --applied or --rolled-back, not both.");
        }
        try {
            MigrateTarget target = MigrateTarget.resolve(context, schema, null);
            target.printHeader(context);
            try (MigrateDatabase db = target.open()) {
                if (applied != null) {
                    MigrateCommand.migrate(db, target).resolveApplied(applied);
                    context.out().println();
                    context.out().println("Migration " + applied + " marked as applied.");
                } else {
                    MigrateCommand.migrate(db, target).resolveRolledBack(rolledBack);
                    context.out().println();
                    context.out().println("Migration " + rolledBack + " marked as rolled back.");
                }
            }
            return ExitCodes.OK;
        } catch (RefractException e) {
            return MigrateTarget.fail(context, e);
        }
    }
}
