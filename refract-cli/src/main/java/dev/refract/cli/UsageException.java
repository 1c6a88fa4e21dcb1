package dev.refract.cli;

/**
 * A mistake in how the command was called (a schema that cannot be found, an empty schema
 * folder): reported as one clear message and exit code 2, never as a stack trace.
 */
public final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message, null, false, false);
    }
}
