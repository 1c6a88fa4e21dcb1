package dev.refract.cli;

/** The process exit codes of every {@code refract} command. */
public final class ExitCodes {
    /** The schema is valid (and, for {@code format --check}, already formatted). */
    public static final int OK = 0;
    /** The schema has errors, or {@code format --check} found a file that would change. */
    public static final int INVALID = 1;
    /** Bad flags, or no schema where one was looked for. */
    public static final int USAGE = 2;
    /** A bug in Refract: an exception escaped a command. */
    public static final int INTERNAL = 70;

    private ExitCodes() {
    }
}
