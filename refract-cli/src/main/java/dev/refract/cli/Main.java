package dev.refract.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;

/**
 * Entry point of the {@code refract} command. {@link #run} does the work without touching
 * process state, so tests call it in-process; {@link #main} only binds it to the real streams
 * and exits with its code (see {@link ExitCodes}).
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // UTF-8 whatever the locale: diagnostics quote schema text, and success lines end in an emoji.
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        CliContext context = new CliContext(Path.of(""), out, err, System.console() != null);
        int code = run(args, context);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs one {@code refract} command line and returns its exit code. */
    public static int run(String[] args, CliContext context) {
        return run(args, context, Formatters.available());
    }

    /** As {@link #run(String[], CliContext)}, with the formatter given (tests pass a stand-in). */
    static int run(String[] args, CliContext context, SchemaFormatter formatter) {
        CommandLine commandLine = new CommandLine(new RefractCommand());
        commandLine.addSubcommand(new InitCommand(context));
        commandLine.addSubcommand(new ValidateCommand(context));
        commandLine.addSubcommand(new FormatCommand(context, formatter));
        commandLine.addSubcommand(new QueryCommand(context, System.in));
        commandLine.addSubcommand(new GenerateCommand(context));
        CommandLine migrate = new CommandLine(new MigrateCommand());
        migrate.addSubcommand(new MigrateDevCommand(context));
        migrate.addSubcommand(new MigrateResetCommand(context));
        migrate.addSubcommand(new MigrateDeployCommand(context));
        migrate.addSubcommand(new MigrateStatusCommand(context));
        migrate.addSubcommand(new MigrateResolveCommand(context));
        migrate.addSubcommand(new MigrateDiffCommand(context));
        migrate.addSubcommand(new MigrateLintCommand(context));
        commandLine.addSubcommand(migrate);
        CommandLine db = new CommandLine(new DbCommand());
        db.addSubcommand(new DbExecuteCommand(context, System.in));
        db.addSubcommand(new DbPullCommand(context));
        db.addSubcommand(new DbPushCommand(context));
        db.addSubcommand(new DbSeedCommand(context));
        commandLine.addSubcommand(db);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(context.terminal() ? Ansi.AUTO : Ansi.OFF));
        PrintWriter out = new PrintWriter(new OutputStreamWriter(context.out(), StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(context.err(), StandardCharsets.UTF_8), true);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            if (exception instanceof UsageException) {
                err.println("Error: " + exception.getMessage());
                return ExitCodes.USAGE;
            }
            // Anything else is a bug in Refract: say so, with the trace needed to fix it.
            err.println("Error: internal error in refract, please report it:");
            exception.printStackTrace(err);
            return ExitCodes.INTERNAL;
        });
        try {
            return commandLine.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }
}
