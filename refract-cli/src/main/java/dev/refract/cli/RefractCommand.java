package dev.refract.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code refract} root command: only dispatches to its subcommands. */
@Command(name = "refract", mixinStandardHelpOptions = true, versionProvider = Versions.class,
        description = "Refract: the Prisma ORM, rebuilt natively for Java.")
final class RefractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        // No subcommand given: that is a usage error, explained by the usage text.
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
