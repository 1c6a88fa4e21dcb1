package dev.refract.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code refract db}: commands on the database outside the migration history ({@code execute}, {@code pull}). */
@Command(name = "db", mixinStandardHelpOptions = true, description = "Manage your database schema directly.")
final class DbCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
