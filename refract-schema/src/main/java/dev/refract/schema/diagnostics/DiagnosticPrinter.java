package dev.refract.schema.diagnostics;

import java.util.List;

/**
 * Renders diagnostics the way Prisma's CLI does: title and message, {@code -->  file:line},
 * the line before, the offending line with the span highlighted, every further line the span
 * touches, all framed by a {@code |} gutter. Colours are ANSI escapes, byte for byte Prisma's;
 * plain mode prints the same text without them.
 */
public final class DiagnosticPrinter {
    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String RED = "\u001b[1;91m";
    private static final String YELLOW = "\u001b[1;93m";
    private static final String BLUE = "\u001b[1;94m";
    private static final String UNDERLINE = "\u001b[4m";

    private final List<SourceFile> files;
    private final boolean color;

    public DiagnosticPrinter(List<SourceFile> files, boolean color) {
        this.files = List.copyOf(files);
        this.color = color;
    }

    /** All diagnostics, warnings first, each followed by its source excerpt. */
    public String print(Diagnostics diagnostics) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : diagnostics.all()) {
            print(d, out);
        }
        return out.toString();
    }

    public void print(Diagnostic d, StringBuilder out) {
        SourceFile file = files.get(d.span().fileId());
        String text = file.text();
        int start = Math.min(d.span().start(), text.length());
        int end = Math.min(Math.max(d.span().end(), start), text.length());
        int startLine = countNewlines(text, start);
        int endLine = countNewlines(text, end);
        String[] lines = text.split("\n", -1);
        int lineStart = 0;
        for (int i = 0; i < startLine; i++) {
            lineStart += lines[i].length() + 1;
        }
        String line = lines[startLine];
        int startInLine = start - lineStart;
        int endInLine = Math.min(startInLine + (end - start), line.length());
        String offending = line.substring(startInLine, endInLine);
        String primary = d.isError() ? RED : YELLOW;

        out.append(paint(primary, d.isError() ? "error" : "warning")).append(": ")
                .append(paint(BOLD, d.message())).append('\n');
        out.append("  ").append(paint(BLUE, "-->")).append("  ")
                .append(paint(UNDERLINE, file.name() + ":" + (startLine + 1))).append('\n');
        out.append(gutter(0)).append('\n');
        out.append(gutterWithLine(startLine, lines)).append('\n');
        out.append(gutter(startLine + 1)).append(line, 0, startInLine)
                .append(paint(primary, offending)).append(line, endInLine, line.length()).append('\n');
        if (offending.isEmpty()) {
            out.append(gutter(0)).append(" ".repeat(startInLine))
                    .append(paint(primary, "^ Unexpected token.")).append('\n');
        }
        for (int n = startLine + 2; n < endLine + 2; n++) {
            out.append(gutterWithLine(n, lines)).append('\n');
        }
        out.append(gutter(0)).append('\n');
    }

    private static int countNewlines(String text, int upTo) {
        int n = 0;
        for (int i = 0; i < upTo; i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    // Line numbers are 1-based; 0 means "no number" (the bare gutter).
    private String gutterWithLine(int lineNumber, String[] lines) {
        if (lineNumber > 0 && lineNumber <= lines.length) {
            return gutter(lineNumber) + lines[lineNumber - 1];
        }
        return gutter(lineNumber);
    }

    private String gutter(int lineNumber) {
        String g = lineNumber > 0 ? String.format("%2d | ", lineNumber) : "   | ";
        return paint(BLUE, g);
    }

    // An empty string gets no escapes at all, as Rust's `colored` does.
    private String paint(String style, String s) {
        if (!color || s.isEmpty()) {
            return s;
        }
        return style + s + RESET;
    }
}
