package dev.refract.schema.property;

import java.util.List;

/**
 * One edit of a schema's token list. {@code position} is taken modulo the list's size, so any
 * generated number is a valid place and shrinking moves towards the start of the file.
 *
 * @param kind what to do
 * @param position where, modulo the number of tokens
 * @param text what {@link Kind#INSERT} and {@link Kind#REPLACE} put there
 */
record Mutation(Kind kind, int position, String text) {
    enum Kind {
        /** Remove the token. */
        DELETE,
        /** Repeat the token right after itself. */
        DUPLICATE,
        /** Exchange the token with the next one. */
        SWAP,
        /** Put {@code text} before the token. */
        INSERT,
        /** Put {@code text} instead of the token. */
        REPLACE
    }

    /** Applies this edit to {@code tokens} in place. */
    void applyTo(List<String> tokens) {
        if (tokens.isEmpty()) {
            tokens.add(text);
            return;
        }
        int i = Math.floorMod(position, tokens.size());
        switch (kind) {
            case DELETE -> tokens.remove(i);
            case DUPLICATE -> tokens.add(i, tokens.get(i));
            case SWAP -> {
                int j = (i + 1) % tokens.size();
                String t = tokens.get(i);
                tokens.set(i, tokens.get(j));
                tokens.set(j, t);
            }
            case INSERT -> tokens.add(i, text);
            case REPLACE -> tokens.set(i, text);
        }
    }

    /** {@code seed} with every mutation applied in order. */
    static String apply(String seed, List<Mutation> mutations) {
        List<String> tokens = new java.util.ArrayList<>(Tokens.split(seed));
        for (Mutation m : mutations) {
            m.applyTo(tokens);
        }
        return String.join("", tokens);
    }

    /** {@code seed} with every mutation applied in order to its lines (line breaks kept). */
    static String applyToLines(String seed, List<Mutation> mutations) {
        List<String> lines = new java.util.ArrayList<>(lines(seed));
        for (Mutation m : mutations) {
            m.applyTo(lines);
        }
        return String.join("", lines);
    }

    /** The lines of {@code text}, each with its line break. */
    static List<String> lines(String text) {
        List<String> lines = new java.util.ArrayList<>();
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(text.substring(from, i + 1));
                from = i + 1;
            }
        }
        if (from < text.length()) {
            lines.add(text.substring(from));
        }
        return lines;
    }

    @Override
    public String toString() {
        String shown = text.length() > 60 ? text.substring(0, 60) + "...(" + text.length() + " chars)" : text;
        return kind + "@" + position + (kind == Kind.INSERT || kind == Kind.REPLACE ? " " + quote(shown) : "");
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c < 0x20 || c == 0x7f || Character.isSurrogate(c)) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c == '"' ? "\\\"" : String.valueOf(c));
            }
        }
        return b.append('"').toString();
    }
}
