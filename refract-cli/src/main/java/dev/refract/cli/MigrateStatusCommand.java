package dev.refract.cli;

import dev.refract.engine.error.RefractException;
import dev.refract.migrate.apply.HistoryDiagnosis;
import dev.refract.migrate.apply.MigrateDatabase;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code refract migrate status}: compares the migrations folder with the database's history and
 * says what {@code prisma migrate status} says, in its order and with its exit codes: 0 up to
 * date; 1 when migrations are not yet applied, the histories diverge, the database has no history
 * table, or a migration failed. The command name in hints is {@code refract}.
 *
 * <p>Beyond Prisma: migrations the database applied that the folder lacks (Prisma stays silent)
 * are listed and exit 1; migrations edited after they were applied (checksum mismatch, line
 * endings aside) are listed on stderr as a warning, without changing the exit code, since Prisma
 * treats them as a development concern.
 */
@Command(name = "status", mixinStandardHelpOptions = true, description = "Check the status of your database migrations.")
final class MigrateStatusCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = "--schema", paramLabel = "PATH", description = "Custom path to your Prisma schema.")
    String schema;

    MigrateStatusCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        HistoryDiagnosis d;
        MigrateTarget target;
        try {
            target = MigrateTarget.resolve(context, schema, null);
            target.printHeader(context);
            try (MigrateDatabase db = target.open()) {
                d = MigrateCommand.migrate(db, target).diagnose();
            }
        } catch (RefractException e) {
            return MigrateTarget.fail(context, e);
        }
        PrintStream out = context.out();
        PrintStream err = context.err();
        String folder = target.migrationsDisplay(context);
        out.println();
        int count = d.localNames().size();
        out.println(count == 0 ? "No migration found in " + folder : count + " migration" + (count > 1 ? "s" : "")
                + " found in " + folder);
        warnEdited(d.edited());
        switch (d.state()) {
            case DATABASE_IS_BEHIND:
                out.print("Following migration" + plural(d.unapplied()) + " have not yet been applied:\n"
                        + String.join("\n", d.unapplied()) + "\n\nTo apply migrations in development run refract migrate"
                        + " dev.\nTo apply migrations in production run refract migrate deploy.\n");
                return ExitCodes.INVALID;
            case DIVERGED:
                err.println("Your local migration history and the migrations table from your database are different:\n\n"
                        + "The last common migration is: " + d.lastCommon() + "\n\nThe migration" + plural(d.unapplied())
                        + " have not yet been applied:\n" + String.join("\n", d.unapplied()) + "\n\nThe migration"
                        + plural(d.unpersisted()) + " from the database are not found locally in " + folder + ":\n"
                        + String.join("\n", d.unpersisted()));
                return ExitCodes.INVALID;
            case FOLDER_IS_BEHIND:
                err.println("The migration" + plural(d.unpersisted()) + " from the database are not found locally in "
                        + folder + ":\n" + String.join("\n", d.unpersisted()));
                return ExitCodes.INVALID;
            default:
                break;
        }
        if (!d.hasMigrationsTable()) {
            if (d.localNames().isEmpty()) {
                err.println("The current database is not managed by Prisma Migrate.\n\nRead more about how to baseline"
                        + " an existing production database:\nhttps://pris.ly/d/migrate-baseline");
            } else {
                String first = d.localNames().get(0);
                err.println("The current database is not managed by Prisma Migrate.\n\nIf you want to keep the current"
                        + " database structure and data and create new migrations, baseline this database with the"
                        + " migration \"" + first + "\":\nrefract migrate resolve --applied \"" + first + "\"\n\nRead more"
                        + " about how to baseline an existing production database:\nhttps://pris.ly/d/migrate-baseline");
            }
            return ExitCodes.INVALID;
        }
        if (!d.failed().isEmpty()) {
            String first = d.failed().get(0);
            err.println("Following migration" + plural(d.failed()) + " have failed:\n" + String.join("\n", d.failed())
                    + "\n\nDuring development if the failed migration(s) have not been deployed to a production database"
                    + " you can then fix the migration(s) and run refract migrate dev.\n");
            err.println("The failed migration(s) can be marked as rolled back or applied:\n      \n- If you rolled back"
                    + " the migration(s) manually:\nrefract migrate resolve --rolled-back \"" + first + "\"\n\n- If you"
                    + " fixed the database manually (hotfix):\nrefract migrate resolve --applied \"" + first + "\"\n\n"
                    + "Read more about how to resolve migration issues in a production database:\n"
                    + "https://pris.ly/d/migrate-resolve");
            return ExitCodes.INVALID;
        }
        out.println();
        out.println("Database schema is up to date!");
        return ExitCodes.OK;
    }

    private void warnEdited(List<String> edited) {
        if (!edited.isEmpty()) {
            context.err().println("The following migration" + plural(edited) + " were modified after "
                    + (edited.size() > 1 ? "they were" : "it was") + " applied:\n" + String.join("\n", edited));
        }
    }

    private static String plural(List<String> names) {
        return names.size() > 1 ? "s" : "";
    }
}
