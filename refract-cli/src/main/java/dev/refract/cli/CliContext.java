package dev.refract.cli;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * What a command run may touch of the outside world, passed in so tests can run the CLI
 * in-process on a temporary folder and read what it printed.
 *
 * @param cwd the working directory that relative paths resolve against and that printed file
 *            names are relative to
 * @param out standard output (success lines)
 * @param err standard error (diagnostics and error messages)
 * @param terminal whether the output goes to an interactive terminal, which turns colour on in
 *                 {@code --color=auto} mode
 */
public record CliContext(Path cwd, PrintStream out, PrintStream err, boolean terminal) {
    public CliContext {
        cwd = cwd.toAbsolutePath().normalize();
    }
}
