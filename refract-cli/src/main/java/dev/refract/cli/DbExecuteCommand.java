package dev.refract.cli;

import dev.refract.engine.error.RefractException;
import dev.refract.migrate.apply.DbExecute;
import dev.refract.migrate.apply.MigrateDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code refract db execute --file F | --stdin [--schema S | --url U]}: runs a SQL script on the
 * database, as {@code prisma db execute} does: exactly one input and one target, nothing recorded
 * in the migration history, "Script executed successfully." on success, the database's error and
 * exit 1 on failure.
 */
@Command(name = "execute", mixinStandardHelpOptions = true,
        description = "Execute native commands (a SQL script) on your database.")
final class DbExecuteCommand implements Callable<Integer> {
    private final CliContext context;
    private final InputStream stdin;

    @Option(names = "--file", paramLabel = "PATH", description = "Path to a file with the script to execute.")
    String file;

    @Option(names = "--stdin", description = "Read the script from stdin.")
    boolean fromStdin;

    @Option(names = "--schema", paramLabel = "PATH", description = "The schema whose datasource URL to use.")
    String schema;

    @Option(names = "--url", paramLabel = "URL", description = "The URL of the database to run the script on.")
    String url;

    DbExecuteCommand(CliContext context, InputStream stdin) {
        this.context = context;
        this.stdin = stdin;
    }

    @Override
    public Integer call() {
        if ((file == null) == !fromStdin) {
            throw new UsageException(file == null ? "Either --stdin or --file must be provided."
                    : "--stdin and --file cannot be used at the same time. Only 1 must be provided.");
        }
        if ((schema == null) == (url == null)) {
            throw new UsageException(schema == null ? "Either --url or --schema must be provided."
                    : "--url and --schema cannot be used at the same time. Only 1 must be provided.");
        }
        String script;
        try {
            script = fromStdin ? new String(stdin.readAllBytes(), StandardCharsets.UTF_8)
                    : Files.readString(context.cwd().resolve(Path.of(file)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageException("Cannot read " + (fromStdin ? "stdin" : file) + ": " + e.getMessage());
        }
        try {
            MigrateTarget target = MigrateTarget.resolve(context, schema, url);
            try (MigrateDatabase db = target.open()) {
                DbExecute.run(db, script);
            }
            context.out().println("Script executed successfully.");
            return ExitCodes.OK;
        } catch (RefractException e) {
            return MigrateTarget.fail(context, e);
        }
    }
}
