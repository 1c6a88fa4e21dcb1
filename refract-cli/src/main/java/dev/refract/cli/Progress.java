package dev.refract.cli;

import java.io.PrintStream;

/**
 * One status line on stderr for long operations (deploying many migrations, introspecting a big
 * database), redrawn in place and cleared at the end. Only on an interactive terminal
 * ({@link CliContext#terminal()}); piped or captured output never sees it, so goldens and logs
 * stay exactly Prisma's.
 */
final class Progress implements AutoCloseable {
    private static final String CLEAR = "\r\033[K";

    private final PrintStream err;
    private boolean shown;

    private Progress(PrintStream err) {
        this.err = err;
    }

    /** A progress line for {@code context}, drawing nothing unless it is a terminal. */
    static Progress on(CliContext context) {
        return new Progress(context.terminal() ? context.err() : null);
    }

    /** Replaces the status line with {@code text}. */
    void show(String text) {
        if (err != null) {
            err.print(CLEAR + text);
            err.flush();
            shown = true;
        }
    }

    /** Removes the status line, so a line printed next starts clean; {@link #show} draws it again. */
    void clear() {
        if (err != null && shown) {
            err.print(CLEAR);
            err.flush();
            shown = false;
        }
    }

    @Override
    public void close() {
        clear();
    }
}
