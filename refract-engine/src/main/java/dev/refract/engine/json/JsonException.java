package dev.refract.engine.json;

/**
 * Malformed JSON text. {@link #position()} is the zero-based character offset at which the
 * parser gave up; {@link #line()} and {@link #column()} are the same place, one-based, for people.
 */
public final class JsonException extends RuntimeException {
    private final int position;
    private final int line;
    private final int column;

    JsonException(String reason, int position, int line, int column) {
        super(reason + " at line " + line + ", column " + column + " (offset " + position + ")");
        this.position = position;
        this.line = line;
        this.column = column;
    }

    /** Zero-based character offset of the error. */
    public int position() {
        return position;
    }

    /** One-based line of the error. */
    public int line() {
        return line;
    }

    /** One-based column of the error. */
    public int column() {
        return column;
    }
}
