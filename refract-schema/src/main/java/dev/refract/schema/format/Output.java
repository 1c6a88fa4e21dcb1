package dev.refract.schema.format;

/**
 * The text being produced, with the current indentation. Indentation is written lazily, when
 * something is written at the start of a line, so that blank lines never carry trailing blanks.
 */
final class Output {
    private final StringBuilder text = new StringBuilder();
    private final int indentWidth;
    private int depth;

    Output(int indentWidth) {
        this.indentWidth = indentWidth;
    }

    /** Writes {@code s}, indenting first when at the start of a line (even for an empty string, as Prisma does). */
    void write(String s) {
        if (atLineStart()) {
            text.append(" ".repeat(depth * indentWidth));
        }
        text.append(s);
    }

    void endLine() {
        text.append('\n');
    }

    boolean atLineStart() {
        return text.length() == 0 || text.charAt(text.length() - 1) == '\n';
    }

    void indent() {
        depth++;
    }

    void dedent() {
        if (depth > 0) {
            depth--;
        }
    }

    /** The text written so far, always ending with a newline: every schema file does. */
    String finish() {
        if (text.length() == 0 || text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
        }
        return text.toString();
    }
}
