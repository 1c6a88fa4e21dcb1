package dev.refract.schema.parser;

import java.util.List;

/**
 * A node of the concrete syntax tree: the rule that matched, the characters it covers, and its
 * child nodes. Comments and blank lines are nodes too, so the formatter can keep them.
 */
public final class Node {
    private final Rule rule;
    private final String source;
    private final int start;
    private final int end;
    private final List<Node> children;

    Node(Rule rule, String source, int start, int end, List<Node> children) {
        this.rule = rule;
        this.source = source;
        this.start = start;
        this.end = end;
        this.children = children;
    }

    public Rule rule() {
        return rule;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public List<Node> children() {
        return children;
    }

    /** The source text this node covers. */
    public String text() {
        return source.substring(start, end);
    }

    /** The first child with this rule, or null. */
    public Node child(Rule r) {
        for (Node c : children) {
            if (c.rule == r) {
                return c;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return rule + "[" + start + ".." + end + "]";
    }
}
