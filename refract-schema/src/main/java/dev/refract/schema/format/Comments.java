package dev.refract.schema.format;

import dev.refract.schema.parser.Node;
import dev.refract.schema.parser.Rule;

/**
 * Comment blocks: one row per comment, re-indented to the block. Line comments keep their text
 * exactly; a {@code /* ... *}{@code /} comment is canonised into Javadoc style, one {@code  * }
 * line per non-blank line of its content.
 */
final class Comments {
    private Comments() {
    }

    static void block(Node commentBlock, Table table) {
        for (Node c : commentBlock.children()) {
            switch (c.rule()) {
                case DOC_COMMENT, COMMENT -> {
                    table.newRow();
                    table.appendSuffix(c.rule() == Rule.DOC_COMMENT ? "///" : "//");
                    Node content = c.child(Rule.DOC_CONTENT);
                    if (content != null) {
                        table.appendSuffix(content.text());
                    }
                }
                case MULTI_LINE_COMMENT -> multiLine(c, table);
                default -> {
                    table.newRow();
                    table.appendSuffix(c.text().strip());
                }
            }
        }
    }

    private static void multiLine(Node comment, Table table) {
        String text = comment.text();
        int open = text.indexOf("/*");
        String inner = text.substring(open + 2, text.length() - 2);
        table.newRow();
        table.appendSuffix("/**");
        for (String line : inner.split("\n", -1)) {
            String l = Whitespace.trim(line);
            if (l.startsWith("*")) {
                l = Whitespace.trimStart(l.substring(1));
            }
            if (!l.isEmpty()) {
                table.newRow();
                table.appendSuffix(" * ");
                table.appendSuffix(l);
            }
        }
        table.newRow();
        table.appendSuffix(" */");
    }
}
