package dev.refract.schema.format;

import dev.refract.schema.parser.Node;
import dev.refract.schema.parser.Rule;
import java.util.ArrayList;
import java.util.List;

/**
 * Formats the inside of models, composite types, views, enums and configuration blocks.
 *
 * <p>Lines go into a {@link Table}; a blank line before a field, key, enum value, unparsed line
 * or a comment starts a new table (one blank line kept), so alignment runs from blank line to
 * blank line. Blank lines at the start and end of a block, and before block attributes, are
 * dropped. Block attributes are collected, sorted ({@link AttributeOrder}) and written last,
 * after one blank line, each with the comment block that stood right before it.
 */
final class Blocks {
    private static final int NAME = 0;
    private static final int TYPE = 1;
    private static final int ATTRIBUTES = 2;

    private Blocks() {
    }

    /** A block attribute and the comment block that stood right before it (or null). */
    private record PendingAttribute(Node comment, Node attribute) {
    }

    /** Writes the contents of a block, then its closing brace, and dedents. */
    static void contents(List<Node> items, Output out) {
        List<PendingAttribute> attributes = new ArrayList<>();
        Table table = new Table();
        Node pendingComment = null;
        boolean written = false; // whether a line of this block has been written yet
        int i = skipEmptyLines(items, 0);
        while (true) {
            int next = skipEmptyLines(items, i);
            boolean ateEmptyLines = next > i;
            i = next;
            Rule upcoming = i < items.size() ? items.get(i).rule() : null;
            if (ateEmptyLines && upcoming != null && upcoming != Rule.BLOCK_ATTRIBUTE
                    && upcoming != Rule.COMMENT_BLOCK) {
                // A blank line ends the alignment run.
                written |= !table.isEmpty();
                table.render(out);
                blankLineIfWritten(table, written);
            }
            if (i >= items.size()) {
                break;
            }
            Node current = items.get(i++);
            switch (current.rule()) {
                case COMMENT_BLOCK -> {
                    if (i < items.size() && items.get(i).rule() == Rule.BLOCK_ATTRIBUTE) {
                        pendingComment = current; // moves with its attribute
                    } else {
                        if (ateEmptyLines) {
                            written |= !table.isEmpty();
                            table.render(out);
                            blankLineIfWritten(table, written);
                        }
                        Comments.block(current, table);
                    }
                }
                case FIELD_DECLARATION -> field(current, table);
                case KEY_VALUE -> keyValue(current, table);
                case ENUM_VALUE_DECLARATION -> enumValue(current, table);
                case BLOCK_ATTRIBUTE -> {
                    attributes.add(new PendingAttribute(pendingComment, current));
                    pendingComment = null;
                }
                default -> table.interleave(stripTrailingLineFeeds(current.text()));
            }
        }
        table.render(out);
        if (!attributes.isEmpty()) {
            table.newRow();
        }
        // A stable sort: attributes Prisma does not rank keep their order, after the ranked ones.
        attributes.sort((a, b) -> Integer.compare(AttributeOrder.rank(a.attribute()), AttributeOrder.rank(b.attribute())));
        for (PendingAttribute a : attributes) {
            if (a.comment() != null) {
                Comments.block(a.comment(), table);
            }
            blockAttribute(a.attribute(), table);
        }
        table.render(out);
        out.dedent();
        out.write("}");
        out.endLine();
    }

    /**
     * Starts the next run with a blank line, unless nothing of the block has been written yet:
     * that happens when only block attributes (which move to the end) came before. Prisma writes
     * the blank line there too, and drops it when formatting again; skipping it keeps formatting
     * idempotent.
     */
    private static void blankLineIfWritten(Table table, boolean written) {
        if (written) {
            table.newRow();
        }
    }

    private static int skipEmptyLines(List<Node> items, int i) {
        // The parser merges consecutive blank lines into one node; at most one is skipped here.
        return i < items.size() && items.get(i).rule() == Rule.EMPTY_LINES ? i + 1 : i;
    }

    /**
     * Prisma keeps an unparsed line verbatim minus its trailing line feeds; a carriage return
     * before them stays, so the line keeps its CRLF ending in the output.
     */
    private static String stripTrailingLineFeeds(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '\n') {
            end--;
        }
        return s.substring(0, end);
    }

    private static void field(Node field, Table table) {
        List<Node> attributes = new ArrayList<>();
        for (Node c : field.children()) {
            switch (c.rule()) {
                case IDENTIFIER -> {
                    table.newRow();
                    table.column(NAME).append(c.text());
                }
                case FIELD_TYPE -> Syntax.fieldType(c, table.column(TYPE));
                case FIELD_ATTRIBUTE -> attributes.add(c);
                case TRAILING_COMMENT -> table.appendSuffix(c.text());
                default -> {
                    // LEGACY_COLON: Prisma 1 syntax, dropped.
                }
            }
        }
        StringBuilder column = table.column(ATTRIBUTES);
        attributes.sort((a, b) -> Integer.compare(AttributeOrder.rank(a), AttributeOrder.rank(b)));
        for (int k = 0; k < attributes.size(); k++) {
            if (k > 0) {
                column.append(' ');
            }
            column.append('@');
            Syntax.attributeBody(attributes.get(k), column);
        }
    }

    private static void keyValue(Node keyValue, Table table) {
        table.newRow();
        boolean hasValue = false;
        for (Node c : keyValue.children()) {
            switch (c.rule()) {
                case IDENTIFIER -> table.column(0).append(c.text());
                case EXPRESSION -> {
                    StringBuilder column = table.column(1);
                    column.append("= ");
                    Syntax.expression(c, column);
                    hasValue = true;
                }
                case TRAILING_COMMENT -> {
                    if (!hasValue) {
                        // `key =` with nothing after it: keep the `=` (Prisma would drop it).
                        table.column(1).append("=");
                        hasValue = true;
                    }
                    table.appendSuffix(c.text());
                }
                default -> {
                }
            }
        }
        if (!hasValue) {
            table.column(1).append("=");
        }
    }

    private static void enumValue(Node value, Table table) {
        for (Node c : value.children()) {
            switch (c.rule()) {
                case IDENTIFIER -> {
                    table.newRow();
                    table.column(0).append(c.text());
                }
                case FIELD_ATTRIBUTE -> {
                    // Prisma appends each attribute of an enum value without a separator.
                    StringBuilder column = table.column(1);
                    column.append('@');
                    Syntax.attributeBody(c, column);
                }
                case TRAILING_COMMENT -> table.appendSuffix(c.text());
                case COMMENT_BLOCK -> Comments.block(c, table);
                default -> {
                }
            }
        }
    }

    private static void blockAttribute(Node attribute, Table table) {
        table.newRow();
        StringBuilder column = table.column(0);
        column.append("@@");
        Syntax.attributeBody(attribute, column);
        Node comment = attribute.child(Rule.TRAILING_COMMENT);
        if (comment != null) {
            table.appendSuffix(comment.text());
        }
    }
}
