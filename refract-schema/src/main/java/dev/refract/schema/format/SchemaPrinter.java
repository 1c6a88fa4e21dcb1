package dev.refract.schema.format;

import dev.refract.schema.parser.Node;
import dev.refract.schema.parser.PslParser;
import dev.refract.schema.parser.Rule;
import java.util.List;

/**
 * Formats one file, walking the concrete syntax tree from the top: blocks are rewritten,
 * comment blocks re-laid, and everything the parser could not structure (unparsed lines,
 * blocks without a keyword, type aliases) is written verbatim.
 */
final class SchemaPrinter {
    private SchemaPrinter() {
    }

    static String print(String text, int indentWidth) {
        Node root = PslParser.parse(text);
        Output out = new Output(indentWidth);
        List<Node> items = root.children();
        int i = 0;
        if (i < items.size() && items.get(i).rule() == Rule.EMPTY_LINES) {
            i++; // blank lines at the top of the file go
        }
        for (; i < items.size(); i++) {
            Node current = items.get(i);
            switch (current.rule()) {
                case MODEL_DECLARATION, ENUM_DECLARATION, CONFIG_BLOCK -> {
                    block(current, out);
                    if (i + 1 < items.size() && items.get(i + 1).rule() != Rule.EMPTY_LINES) {
                        // Something on the line of the closing brace (`} // end`) moves to its own
                        // line. Prisma leaves it right under the brace, and the blank line only
                        // appears when formatting again; writing it now keeps formatting idempotent.
                        out.endLine();
                    }
                }
                case COMMENT_BLOCK -> {
                    Table table = new Table();
                    Comments.block(current, table);
                    table.render(out);
                }
                case EMPTY_LINES -> {
                    if (i + 1 < items.size()) {
                        out.endLine(); // many blank lines become one; none at the end of the file
                    }
                }
                // CATCH_ALL, ARBITRARY_BLOCK, TYPE_ALIAS. An alias's node ends with the blanks that
                // followed it, so whatever comes next on its line never merges with it.
                default -> out.write(current.text());
            }
        }
        return out.finish();
    }

    /** Writes a block: its header line, then its contents and closing brace. */
    private static void block(Node block, Output out) {
        List<Node> parts = block.children();
        String keyword = parts.get(0).text();
        for (Node part : parts.subList(1, parts.size())) {
            switch (part.rule()) {
                case IDENTIFIER -> out.write(keyword + " " + part.text() + " {");
                case BLOCK_OPEN -> {
                    // Prisma drops whatever follows `{` on its line; we keep it, never losing text.
                    String rest = Whitespace.trim(part.text().substring(1));
                    if (!rest.isEmpty()) {
                        out.write(" " + rest);
                    }
                    out.endLine();
                    out.indent();
                }
                case MODEL_CONTENTS, CONFIG_CONTENTS, ENUM_CONTENTS -> Blocks.contents(part.children(), out);
                default -> {
                    // BLOCK_CLOSE: written by the contents, after the block attributes.
                }
            }
        }
    }
}
