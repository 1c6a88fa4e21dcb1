package dev.refract.schema.diagnostics;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    private final Map<Integer, Lines> lineIndexes = new HashMap<>();

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
        Lines lines = lines(d.span().fileId());
        int start = Math.min(d.span().start(), text.length());
        int end = Math.min(Math.max(d.span().end(), start), text.length());
        int startLine = lines.lineOf(start);
        int endLine = lines.lineOf(end);
        int lineStart = lines.start(startLine);
        String line = lines.line(startLine);
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

    // One index per file, built on first use: a schema with thousands of diagnostics must not
    // rescan (or re-split) its text for each of them.
    private Lines lines(int fileId) {
        return lineIndexes.computeIfAbsent(fileId, id -> new Lines(files.get(id).text()));
    }

    /** Where each line of a text starts; lines end at a newline (a carriage return stays in the line). */
    private static final class Lines {
        private final String text;
        private final int[] starts;

        Lines(String text) {
            this.text = text;
            int count = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    count++;
                }
            }
            starts = new int[count];
            int line = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts[line++] = i + 1;
                }
            }
        }

        int count() {
            return starts.length;
        }

        int start(int line) {
            return starts[line];
        }

        /** The 0-based line of {@code offset}: how many newlines come before it. */
        int lineOf(int offset) {
            int found = Arrays.binarySearch(starts, offset);
            return found >= 0 ? found : -found - 2;
        }

        String line(int line) {
            int end = line + 1 < starts.length ? starts[line + 1] - 1 : text.length();
            return text.substring(starts[line], end);
        }
    }

    // Line numbers are 1-based; 0 means "no number" (the bare gutter).
    private String gutterWithLine(int lineNumber, Lines lines) {
        if (lineNumber > 0 && lineNumber <= lines.count()) {
            return gutter(lineNumber) + lines.line(lineNumber - 1);
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
