package dev.refract.schema.diagnostics;

/**
 * A half-open range {@code [start, end)} of character offsets in one source file of a schema.
 *
 * @param fileId index of the file in the schema's {@link SourceFile} list
 * @param start first character of the range
 * @param end one past the last character
 */
public record Span(int fileId, int start, int end) {

    /** An empty span at offset 0 of file 0, for values that come from nowhere in the source. */
    public static final Span EMPTY = new Span(0, 0, 0);

    /** Whether {@code offset} lies inside this span (the end counts as inside, like an editor caret). */
    public boolean contains(int offset) {
        return offset >= start && offset <= end;
    }
}
