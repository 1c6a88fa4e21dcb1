package dev.refract.schema.parser;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * A packrat-free PEG parser for Prisma's schema language, rule for rule the grammar Prisma's
 * own parser uses, so that a schema splits into the same blocks, lines and spans, including
 * for broken input. It never fails: a line that fits no rule becomes a catch-all node, and
 * the AST builder turns those into diagnostics.
 *
 * <p>Whitespace follows PEG convention: inside a non-atomic rule, spaces and tabs (never
 * newlines) are skipped between the parts of a sequence and between repetitions. The skip
 * before an optional or repeated part is kept even when that part is absent, which is why
 * attribute spans can end in blanks; diagnostics print those spans, so this matters.
 */
public final class PslParser {
    /** Nesting deeper than this (arrays in arrays in calls...) fails the expression, never the stack. */
    private static final int MAX_EXPRESSION_DEPTH = 128;

    private final String s;
    private final int n;
    private int pos;
    private int depth;
    private final int lastCloseBrace;
    // Item positions known to lead to a block that never closes, per kind of block contents.
    private final BitSet unclosedModelItems = new BitSet();
    private final BitSet unclosedEnumItems = new BitSet();
    private final BitSet unclosedConfigItems = new BitSet();
    private int memoBaseTypeStart = -1;
    private Node memoBaseType;
    private ArrayList<Node> out = new ArrayList<>();

    private PslParser(String text) {
        this.s = text;
        this.n = text.length();
        this.lastCloseBrace = text.lastIndexOf('}');
    }

    /** Parses one file into its concrete syntax tree; the root is a {@link Rule#SCHEMA} node. */
    public static Node parse(String text) {
        PslParser p = new PslParser(text);
        return p.schema();
    }

    private Node schema() {
        while (true) {
            int p = pos;
            int m = out.size();
            ws();
            if (pos < n && topItem()) {
                continue;
            }
            pos = p;
            truncate(m);
            break;
        }
        ws();
        // Every line matches CATCH_ALL or empty_lines, so the whole input is always consumed.
        return new Node(Rule.SCHEMA, s, 0, n, List.copyOf(out));
    }

    private boolean topItem() {
        return modelDeclaration() || enumDeclaration() || configBlock() || typeAlias() || arbitraryBlock()
                || commentBlock() || emptyLines() || catchAll();
    }

    // ---- models, views and composite types -------------------------------------------------

    private boolean modelDeclaration() {
        return rule(Rule.MODEL_DECLARATION, () ->
                (keyword("model", Rule.MODEL_KEYWORD) || keyword("type", Rule.TYPE_KEYWORD)
                        || keyword("view", Rule.VIEW_KEYWORD))
                        && ws() && identifier() && ws() && blockOpen() && ws()
                        && contents(Rule.MODEL_CONTENTS, this::modelItem, unclosedModelItems)
                        && ws() && blockClose());
    }

    private boolean modelItem() {
        return fieldDeclaration() || seq(() -> blockAttribute() && ws() && newline()) || commentBlock()
                || emptyLines() || blockLevelCatchAll();
    }

    private boolean fieldDeclaration() {
        return rule(Rule.FIELD_DECLARATION, () -> identifier() && ws()
                && opt(() -> rule(Rule.LEGACY_COLON, () -> lit(":"))) && ws()
                && opt(this::fieldType) && ws()
                && repeat(this::fieldAttribute) && ws()
                && opt(this::trailingComment) && ws()
                && newline());
    }

    private boolean fieldType() {
        // Order matters: PEG takes the first alternative that matches.
        return rule(Rule.FIELD_TYPE, () ->
                rule(Rule.UNSUPPORTED_OPTIONAL_LIST_TYPE, () -> baseType() && ws() && lit("[]") && ws() && lit("?"))
                        || rule(Rule.LIST_TYPE, () -> baseType() && ws() && lit("[]"))
                        || rule(Rule.OPTIONAL_TYPE, () -> baseType() && ws() && lit("?"))
                        || rule(Rule.LEGACY_REQUIRED_TYPE, () -> baseType() && ws() && lit("!"))
                        || rule(Rule.LEGACY_LIST_TYPE, () -> lit("[") && ws() && baseType() && ws() && lit("]"))
                        || baseType());
    }

    private boolean baseType() {
        // field_type's alternatives all start with base_type at the same position: parse it once.
        if (memoBaseTypeStart == pos && memoBaseType != null) {
            out.add(memoBaseType);
            pos = memoBaseType.end();
            return true;
        }
        int start = pos;
        boolean ok = baseTypeUncached();
        memoBaseTypeStart = start;
        memoBaseType = ok ? out.get(out.size() - 1) : null;
        return ok;
    }

    private boolean baseTypeUncached() {
        return rule(Rule.BASE_TYPE, () ->
                rule(Rule.UNSUPPORTED_TYPE, () -> lit("Unsupported(") && ws() && stringLiteral() && ws() && lit(")"))
                        || identifier());
    }

    private boolean typeAlias() {
        return rule(Rule.TYPE_ALIAS, () -> keyword("type", Rule.TYPE_KEYWORD) && ws() && identifier() && ws()
                && lit("=") && ws() && baseType() && ws() && repeat(this::fieldAttribute));
    }

    // ---- configuration blocks ----------------------------------------------------------------

    private boolean configBlock() {
        return rule(Rule.CONFIG_BLOCK, () ->
                (keyword("datasource", Rule.DATASOURCE_KEYWORD) || keyword("generator", Rule.GENERATOR_KEYWORD))
                        && ws() && identifier() && ws() && blockOpen() && ws()
                        && contents(Rule.CONFIG_CONTENTS, this::configItem, unclosedConfigItems)
                        && ws() && blockClose());
    }

    private boolean configItem() {
        return seq(() -> keyValue() && ws() && newline()) || commentBlock() || emptyLines() || blockLevelCatchAll();
    }

    private boolean keyValue() {
        return rule(Rule.KEY_VALUE, () -> identifier() && ws() && lit("=") && ws() && opt(this::expression) && ws()
                && opt(this::trailingComment));
    }

    private boolean arbitraryBlock() {
        // Its body runs to the first '}': with none left in the file it cannot close.
        return rule(Rule.ARBITRARY_BLOCK, () -> identifier() && ws() && blockOpen() && pos <= lastCloseBrace && ws()
                && repeat(() -> seq(() -> !at('}') && ws() && any()) || newline())
                && ws() && blockClose());
    }

    // ---- enums -------------------------------------------------------------------------------

    private boolean enumDeclaration() {
        return rule(Rule.ENUM_DECLARATION, () -> keyword("enum", Rule.ENUM_KEYWORD) && ws() && identifier() && ws()
                && blockOpen() && ws()
                && contents(Rule.ENUM_CONTENTS, this::enumItem, unclosedEnumItems)
                && ws() && blockClose());
    }

    private boolean enumItem() {
        return rule(Rule.ENUM_VALUE_DECLARATION, () -> identifier() && ws() && repeat(this::fieldAttribute) && ws()
                && opt(this::trailingComment) && ws() && newline())
                || seq(() -> blockAttribute() && ws() && newline()) || commentBlock() || emptyLines()
                || blockLevelCatchAll();
    }

    // ---- attributes and arguments ------------------------------------------------------------

    private boolean blockAttribute() {
        return rule(Rule.BLOCK_ATTRIBUTE, () -> lit("@@") && ws() && path() && ws() && opt(this::argumentsList) && ws()
                && opt(this::trailingComment));
    }

    private boolean fieldAttribute() {
        return rule(Rule.FIELD_ATTRIBUTE, () -> lit("@") && ws() && path() && ws() && opt(this::argumentsList));
    }

    private boolean argumentsList() {
        return rule(Rule.ARGUMENTS_LIST, () -> lit("(") && ws()
                && opt(() -> seq(() -> argument() && ws()
                        && repeat(() -> seq(() -> lit(",") && ws() && argument()))))
                && ws() && opt(() -> rule(Rule.TRAILING_COMMA, () -> lit(","))) && ws() && lit(")"));
    }

    private boolean argument() {
        return rule(Rule.NAMED_ARGUMENT, () -> identifier() && ws() && lit(":") && ws() && expression())
                || rule(Rule.EMPTY_ARGUMENT, () -> identifier() && ws() && lit(":"))
                || expression();
    }

    // ---- comments (atomic: no implicit whitespace) --------------------------------------------

    private boolean commentBlock() {
        return rule(Rule.COMMENT_BLOCK, () -> {
            int count = 0;
            while (pos < n && (docComment() || comment() || multiLineComment())) {
                newline();
                count++;
            }
            return count > 0;
        });
    }

    private boolean trailingComment() {
        return rule(Rule.TRAILING_COMMENT, () -> docComment() || comment() || multiLineComment());
    }

    private boolean docComment() {
        return rule(Rule.DOC_COMMENT, () -> ws() && lit("///") && docContent());
    }

    private boolean comment() {
        return rule(Rule.COMMENT, () -> ws() && !s.startsWith("///", pos) && lit("//") && docContent());
    }

    private boolean multiLineComment() {
        return rule(Rule.MULTI_LINE_COMMENT, () -> {
            ws();
            if (!lit("/*")) {
                return false;
            }
            int close = s.indexOf("*/", pos);
            if (close < 0) {
                return false;
            }
            pos = close + 2;
            return true;
        });
    }

    private boolean docContent() {
        return rule(Rule.DOC_CONTENT, () -> {
            while (pos < n && !isNewline(s.charAt(pos))) {
                pos++;
            }
            return true;
        });
    }

    // ---- shared building blocks ---------------------------------------------------------------

    private boolean identifier() {
        return rule(Rule.IDENTIFIER, this::identifierChars);
    }

    private boolean identifierChars() {
        if (pos >= n || !isIdentifierStart(s.charAt(pos))) {
            return false;
        }
        pos++;
        while (pos < n) {
            char c = s.charAt(pos);
            if (isIdentifierStart(c) || c == '_' || c == '-') {
                pos++;
            } else {
                break;
            }
        }
        return true;
    }

    // path = identifier ("." path?)*, written as a loop: the same language without recursion.
    private boolean path() {
        return rule(Rule.PATH, () -> {
            if (!identifierChars()) {
                return false;
            }
            while (pos < n && s.charAt(pos) == '.') {
                pos++;
                identifierChars();
            }
            return true;
        });
    }

    private boolean emptyLines() {
        return rule(Rule.EMPTY_LINES, () -> {
            int count = 0;
            while (true) {
                int p = pos;
                ws();
                if (!newline()) {
                    pos = p;
                    break;
                }
                count++;
            }
            return count > 0;
        });
    }

    private boolean blockOpen() {
        return rule(Rule.BLOCK_OPEN, () -> {
            if (!lit("{")) {
                return false;
            }
            while (pos < n && !isNewline(s.charAt(pos))) {
                pos++;
            }
            return newline();
        });
    }

    private boolean blockClose() {
        return rule(Rule.BLOCK_CLOSE, () -> lit("}"));
    }

    private boolean catchAll() {
        return rule(Rule.CATCH_ALL, () -> {
            int start = pos;
            while (pos < n && !isNewline(s.charAt(pos))) {
                pos++;
            }
            if (pos == start) {
                return false;
            }
            newline();
            return true;
        });
    }

    private boolean blockLevelCatchAll() {
        return rule(Rule.BLOCK_LEVEL_CATCH_ALL, () -> !at('}') && catchAll());
    }

    // ---- expressions ---------------------------------------------------------------------------

    private boolean expression() {
        if (depth >= MAX_EXPRESSION_DEPTH) {
            return false;
        }
        depth++;
        try {
            return rule(Rule.EXPRESSION, () ->
                    rule(Rule.FUNCTION_CALL, () -> path() && ws() && argumentsList())
                            || arrayExpression() || numericLiteral() || stringLiteral() || path());
        } finally {
            depth--;
        }
    }

    private boolean arrayExpression() {
        return rule(Rule.ARRAY_EXPRESSION, () -> lit("[") && ws()
                && opt(() -> seq(() -> expression() && ws()
                        && repeat(() -> seq(() -> lit(",") && ws() && expression()))))
                && ws() && lit("]"));
    }

    private boolean numericLiteral() {
        return rule(Rule.NUMERIC_LITERAL, () -> {
            if (at('-')) {
                pos++;
            }
            if (!digits()) {
                return false;
            }
            int p = pos;
            if (at('.')) {
                pos++;
                if (!digits()) {
                    pos = p;
                }
            }
            return true;
        });
    }

    private boolean digits() {
        int start = pos;
        while (pos < n && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') {
            pos++;
        }
        return pos > start;
    }

    private boolean stringLiteral() {
        return rule(Rule.STRING_LITERAL, () -> lit("\"") && rule(Rule.STRING_CONTENT, () -> {
            while (pos < n) {
                char c = s.charAt(pos);
                if (c == '\\' && pos + 1 < n) {
                    pos += 2;
                } else if (c == '"' || c < 0x20) {
                    break;
                } else {
                    pos++;
                }
            }
            return true;
        }) && lit("\""));
    }

    // ---- combinators ---------------------------------------------------------------------------

    /** Runs {@code body}; on success wraps what it matched and produced in a node of {@code r}. */
    private boolean rule(Rule r, BooleanSupplier body) {
        // Children are pushed on one shared stack; a rule that matches folds the entries pushed
        // since it started into its node. No list is allocated for attempts that fail.
        int start = pos;
        int mark = out.size();
        if (!body.getAsBoolean()) {
            pos = start;
            truncate(mark);
            return false;
        }
        int count = out.size() - mark;
        List<Node> children;
        if (count == 0) {
            children = List.of();
        } else {
            Node[] kids = new Node[count];
            for (int i = 0; i < count; i++) {
                kids[i] = out.get(mark + i);
            }
            truncate(mark);
            children = List.of(kids);
        }
        out.add(new Node(r, s, start, pos, children));
        return true;
    }

    /**
     * A block's contents ({@code item*}), followed by its closing brace. A block whose
     * {@code '}'} never comes scans to the end of the file and fails; every later unclosed block
     * would rescan the same lines, which is quadratic. The contents parse is deterministic from
     * any item position, so each item start of a failed scan is remembered, and a later scan that
     * reaches one fails at once, exactly as the full scan would.
     */
    private boolean contents(Rule r, BooleanSupplier item, BitSet unclosed) {
        List<Integer> starts = new ArrayList<>();
        boolean[] known = {false};
        boolean ok = rule(r, () -> {
            repeat(() -> {
                if (unclosed.get(pos)) {
                    known[0] = true;
                    return false;
                }
                starts.add(pos);
                return item.getAsBoolean();
            });
            return !known[0];
        });
        if (!ok) {
            return false;
        }
        int save = pos;
        ws();
        boolean closes = at('}');
        pos = save;
        if (!closes) {
            starts.forEach(unclosed::set);
        }
        // The caller's block_close decides; this only remembers what will not close.
        return true;
    }

    /** A silent sequence: all or nothing, restoring position and output on failure. */
    private boolean seq(BooleanSupplier body) {
        int p = pos;
        int m = out.size();
        if (body.getAsBoolean()) {
            return true;
        }
        pos = p;
        truncate(m);
        return false;
    }

    private boolean opt(BooleanSupplier body) {
        seq(body);
        return true;
    }

    /** {@code x*}: x, then (whitespace, x) as long as that matches. Always succeeds. */
    private boolean repeat(BooleanSupplier item) {
        if (!seq(item)) {
            return true;
        }
        while (true) {
            int p = pos;
            int m = out.size();
            ws();
            if (pos >= n || !item.getAsBoolean() || pos == p) {
                pos = p;
                truncate(m);
                return true;
            }
        }
    }

    private boolean keyword(String word, Rule r) {
        return rule(r, () -> lit(word));
    }

    private boolean lit(String t) {
        if (s.startsWith(t, pos)) {
            pos += t.length();
            return true;
        }
        return false;
    }

    private boolean at(char c) {
        return pos < n && s.charAt(pos) == c;
    }

    private boolean any() {
        if (pos < n) {
            pos++;
            return true;
        }
        return false;
    }

    private boolean newline() {
        if (pos < n) {
            char c = s.charAt(pos);
            if (c == '\n') {
                pos++;
                return true;
            }
            if (c == '\r') {
                pos++;
                if (pos < n && s.charAt(pos) == '\n') {
                    pos++;
                }
                return true;
            }
        }
        return false;
    }

    private boolean ws() {
        while (pos < n) {
            char c = s.charAt(pos);
            if (c == '\t' || c == ' ' || (c > 127 && Character.getType(c) == Character.SPACE_SEPARATOR)) {
                pos++;
            } else {
                break;
            }
        }
        return true;
    }

    private void truncate(int size) {
        if (out.size() > size) {
            out.subList(size, out.size()).clear();
        }
    }

    private static boolean isNewline(char c) {
        return c == '\n' || c == '\r';
    }

    // ASCII letters and digits, and any Unicode letter: Prisma accepts `model Lööp`.
    private static boolean isIdentifierStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || (c > 127 && Character.isLetter(c));
    }
}
