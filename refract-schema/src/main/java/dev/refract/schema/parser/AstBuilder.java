package dev.refract.schema.parser;

import dev.refract.schema.ast.Argument;
import dev.refract.schema.ast.ArgumentsList;
import dev.refract.schema.ast.Attribute;
import dev.refract.schema.ast.Comment;
import dev.refract.schema.ast.CompositeType;
import dev.refract.schema.ast.ConfigBlockProperty;
import dev.refract.schema.ast.EmptyArgument;
import dev.refract.schema.ast.EnumDecl;
import dev.refract.schema.ast.EnumValue;
import dev.refract.schema.ast.Expression;
import dev.refract.schema.ast.Field;
import dev.refract.schema.ast.FieldArity;
import dev.refract.schema.ast.FieldType;
import dev.refract.schema.ast.GeneratorConfig;
import dev.refract.schema.ast.Identifier;
import dev.refract.schema.ast.Model;
import dev.refract.schema.ast.SchemaAst;
import dev.refract.schema.ast.SourceConfig;
import dev.refract.schema.ast.Top;
import dev.refract.schema.diagnostics.Diagnostics;
import dev.refract.schema.diagnostics.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the concrete syntax tree of one file into its AST, reporting the syntax-level problems
 * Prisma reports while doing the same: unknown lines, legacy syntax, misplaced attributes in
 * composite types, bad string escapes. Order of reports follows the source.
 */
public final class AstBuilder {
    private final int fileId;
    private final Diagnostics diagnostics;

    private AstBuilder(int fileId, Diagnostics diagnostics) {
        this.fileId = fileId;
        this.diagnostics = diagnostics;
    }

    /** Builds the AST of {@code root} (a {@link Rule#SCHEMA} node of file {@code fileId}). */
    public static SchemaAst build(Node root, int fileId, Diagnostics diagnostics) {
        return new AstBuilder(fileId, diagnostics).schema(root);
    }

    private SchemaAst schema(Node root) {
        List<Top> tops = new ArrayList<>();
        Node pendingComment = null;
        List<Node> items = root.children();
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            switch (item.rule()) {
                case MODEL_DECLARATION -> {
                    Rule keyword = item.children().get(0).rule();
                    Node doc = pendingComment;
                    pendingComment = null;
                    if (keyword == Rule.TYPE_KEYWORD) {
                        tops.add(compositeType(item, doc));
                    } else {
                        tops.add(model(item, doc, keyword == Rule.VIEW_KEYWORD));
                    }
                }
                case ENUM_DECLARATION -> {
                    Node doc = pendingComment;
                    pendingComment = null;
                    tops.add(enumDecl(item, doc));
                }
                // Prisma reads a config block's documentation from inside the block, and leaves a
                // comment above it pending for the next model or enum; kept for identical output.
                case CONFIG_BLOCK -> tops.add(configBlock(item));
                case TYPE_ALIAS -> validationError(
                        "Invalid type definition. Please check the documentation in https://pris.ly/d/composite-types",
                        item);
                case COMMENT_BLOCK -> {
                    Rule next = i + 1 < items.size() ? items.get(i + 1).rule() : null;
                    if (next == Rule.MODEL_DECLARATION || next == Rule.ENUM_DECLARATION || next == Rule.CONFIG_BLOCK) {
                        pendingComment = item;
                    }
                }
                case CATCH_ALL -> validationError(
                        "This line is invalid. It does not start with any known Prisma schema keyword.", item);
                case ARBITRARY_BLOCK -> validationError(
                        "This block is invalid. It does not start with any known Prisma schema keyword. Valid keywords "
                                + "include 'model', 'enum', 'type', 'datasource' and 'generator'.", item);
                default -> { }
            }
        }
        return new SchemaAst(fileId, List.copyOf(tops));
    }

    private Model model(Node node, Node doc, boolean isView) {
        Identifier name = identifier(node.child(Rule.IDENTIFIER));
        String container = isView ? "view" : "model";
        List<Field> fields = new ArrayList<>();
        List<Attribute> attributes = new ArrayList<>();
        Node pending = null;
        for (Node item : node.child(Rule.MODEL_CONTENTS).children()) {
            switch (item.rule()) {
                case BLOCK_ATTRIBUTE -> attributes.add(attribute(item));
                case FIELD_DECLARATION -> {
                    Field f = field(container, name.name(), item, pending);
                    pending = null;
                    if (f != null) {
                        fields.add(f);
                    }
                }
                case COMMENT_BLOCK -> pending = item;
                case BLOCK_LEVEL_CATCH_ALL ->
                        validationError("This line is not a valid field or attribute definition.", item);
                default -> { }
            }
        }
        return new Model(name, List.copyOf(fields), List.copyOf(attributes), commentBlock(doc), isView, span(node));
    }

    private CompositeType compositeType(Node node, Node doc) {
        Identifier name = identifier(node.child(Rule.IDENTIFIER));
        Node contents = node.child(Rule.MODEL_CONTENTS);
        List<Field> fields = new ArrayList<>();
        Node pending = null;
        for (Node item : contents.children()) {
            switch (item.rule()) {
                case BLOCK_ATTRIBUTE -> {
                    Attribute attr = attribute(item);
                    validationError(switch (attr.name().name()) {
                        case "map" -> "The name of a composite type is not persisted in the database, therefore it "
                                + "does not need a mapped database name.";
                        case "unique" -> "A unique constraint should be defined in the model containing the embed.";
                        case "index" -> "An index should be defined in the model containing the embed.";
                        case "fulltext" -> "A fulltext index should be defined in the model containing the embed.";
                        case "id" -> "A composite type cannot define an id.";
                        default -> "A composite type cannot have block-level attributes.";
                    }, item);
                }
                case FIELD_DECLARATION -> {
                    Field f = field("type", name.name(), item, pending);
                    pending = null;
                    if (f != null) {
                        for (Attribute attr : f.attributes()) {
                            String n = attr.name().name();
                            if (n.equals("relation") || n.equals("unique") || n.equals("id")) {
                                validationError("Defining `@" + n
                                        + "` attribute for a field in a composite type is not allowed.", item);
                            }
                        }
                        fields.add(f);
                    }
                }
                case COMMENT_BLOCK -> pending = item;
                case BLOCK_LEVEL_CATCH_ALL ->
                        validationError("This line is not a valid field or attribute definition.", item);
                default -> { }
            }
        }
        return new CompositeType(name, List.copyOf(fields), commentBlock(doc), span(node), span(contents));
    }

    private Field field(String container, String containerName, Node node, Node doc) {
        Identifier name = null;
        FieldArity arity = null;
        FieldType type = null;
        List<Attribute> attributes = new ArrayList<>();
        Comment comment = commentBlock(doc);
        for (Node c : node.children()) {
            switch (c.rule()) {
                case IDENTIFIER -> name = identifier(c);
                case LEGACY_COLON -> {
                    diagnostics.error("Field declarations don't require a `:`.", span(c));
                    return null;
                }
                case FIELD_TYPE -> {
                    Node t = c.children().get(0);
                    switch (t.rule()) {
                        case OPTIONAL_TYPE -> arity = FieldArity.OPTIONAL;
                        case LIST_TYPE -> arity = FieldArity.LIST;
                        case BASE_TYPE -> arity = FieldArity.REQUIRED;
                        case LEGACY_REQUIRED_TYPE -> {
                            diagnostics.error("Fields are required by default, `!` is no longer required.", span(t));
                            return null;
                        }
                        case LEGACY_LIST_TYPE -> {
                            diagnostics.error("To specify a list, please use `Type[]` instead of `[Type]`.", span(t));
                            return null;
                        }
                        default -> {
                            diagnostics.error("Optional lists are not supported. Use either `Type[]` or `Type?`.",
                                    span(t));
                            return null;
                        }
                    }
                    type = baseType(t.rule() == Rule.BASE_TYPE ? t : t.child(Rule.BASE_TYPE));
                }
                case FIELD_ATTRIBUTE -> attributes.add(attribute(c));
                case TRAILING_COMMENT -> comment = join(comment, commentText(c));
                default -> { }
            }
        }
        if (name == null || type == null) {
            diagnostics.error("Error validating " + container + " \"" + containerName
                    + "\": This field declaration is invalid. It is either missing a name or a type.", span(node));
            return null;
        }
        return new Field(type, name, arity, List.copyOf(attributes), comment, span(node));
    }

    private FieldType baseType(Node baseType) {
        Node inner = baseType.children().get(0);
        if (inner.rule() == Rule.UNSUPPORTED_TYPE) {
            Node lit = inner.child(Rule.STRING_LITERAL);
            return new FieldType.Unsupported(stringValue(lit), span(inner));
        }
        return new FieldType.Supported(identifier(inner));
    }

    private EnumDecl enumDecl(Node node, Node doc) {
        Identifier name = identifier(node.child(Rule.IDENTIFIER));
        Node contents = node.child(Rule.ENUM_CONTENTS);
        List<EnumValue> values = new ArrayList<>();
        List<Attribute> attributes = new ArrayList<>();
        Node pending = null;
        for (Node item : contents.children()) {
            switch (item.rule()) {
                case BLOCK_ATTRIBUTE -> attributes.add(attribute(item));
                case ENUM_VALUE_DECLARATION -> {
                    values.add(enumValue(item, pending));
                    pending = null;
                }
                case COMMENT_BLOCK -> pending = item;
                case BLOCK_LEVEL_CATCH_ALL -> validationError("This line is not an enum value definition.", item);
                default -> { }
            }
        }
        return new EnumDecl(name, List.copyOf(values), List.copyOf(attributes), commentBlock(doc), span(node),
                span(contents));
    }

    private EnumValue enumValue(Node node, Node doc) {
        Identifier name = null;
        List<Attribute> attributes = new ArrayList<>();
        Comment comment = commentBlock(doc);
        for (Node c : node.children()) {
            switch (c.rule()) {
                case IDENTIFIER -> name = identifier(c);
                case FIELD_ATTRIBUTE -> attributes.add(attribute(c));
                case TRAILING_COMMENT -> comment = join(comment, commentText(c));
                default -> { }
            }
        }
        return new EnumValue(name, List.copyOf(attributes), comment, span(node));
    }

    private Top configBlock(Node node) {
        String keyword = node.children().get(0).text();
        Identifier name = identifier(node.child(Rule.IDENTIFIER));
        Node contents = node.child(Rule.CONFIG_CONTENTS);
        List<ConfigBlockProperty> properties = new ArrayList<>();
        Comment comment = null;
        for (Node item : contents.children()) {
            switch (item.rule()) {
                case KEY_VALUE -> properties.add(keyValue(item));
                case COMMENT_BLOCK -> comment = commentBlock(item);
                case BLOCK_LEVEL_CATCH_ALL ->
                        validationError("This line is not a valid definition within a " + keyword + ".", item);
                default -> { }
            }
        }
        if (keyword.equals("datasource")) {
            return new SourceConfig(name, List.copyOf(properties), comment, span(node), span(contents));
        }
        return new GeneratorConfig(name, List.copyOf(properties), comment, span(node));
    }

    private ConfigBlockProperty keyValue(Node node) {
        Node value = node.child(Rule.EXPRESSION);
        return new ConfigBlockProperty(identifier(node.child(Rule.IDENTIFIER)),
                value == null ? null : expression(value), span(node));
    }

    // ---- attributes, arguments, expressions ----------------------------------------------------

    private Attribute attribute(Node node) {
        Node args = node.child(Rule.ARGUMENTS_LIST);
        return new Attribute(identifier(node.child(Rule.PATH)),
                args == null ? ArgumentsList.EMPTY : argumentsList(args), span(node));
    }

    private ArgumentsList argumentsList(Node node) {
        List<Argument> arguments = new ArrayList<>();
        List<EmptyArgument> empty = new ArrayList<>();
        Span trailingComma = null;
        for (Node c : node.children()) {
            switch (c.rule()) {
                case NAMED_ARGUMENT -> arguments.add(new Argument(identifier(c.child(Rule.IDENTIFIER)),
                        expression(c.child(Rule.EXPRESSION)), span(c)));
                case EXPRESSION -> arguments.add(new Argument(null, expression(c), span(c)));
                case EMPTY_ARGUMENT -> empty.add(new EmptyArgument(identifier(c.child(Rule.IDENTIFIER))));
                case TRAILING_COMMA -> trailingComma = span(c);
                default -> { }
            }
        }
        return new ArgumentsList(List.copyOf(arguments), List.copyOf(empty), trailingComma);
    }

    private Expression expression(Node node) {
        Node first = node.children().get(0);
        Span span = span(first);
        return switch (first.rule()) {
            case NUMERIC_LITERAL -> new Expression.NumericValue(first.text(), span);
            case STRING_LITERAL -> new Expression.StringValue(stringValue(first), span);
            case PATH -> new Expression.ConstantValue(first.text(), span);
            case FUNCTION_CALL -> {
                Node args = first.child(Rule.ARGUMENTS_LIST);
                yield new Expression.FunctionCall(first.child(Rule.PATH).text(), argumentsList(args), span);
            }
            case ARRAY_EXPRESSION -> {
                List<Expression> elements = new ArrayList<>();
                for (Node c : first.children()) {
                    if (c.rule() == Rule.EXPRESSION) {
                        elements.add(expression(c));
                    }
                }
                yield new Expression.ArrayExpression(List.copyOf(elements), span);
            }
            default -> throw new IllegalStateException("not an expression: " + first);
        };
    }

    private String stringValue(Node literal) {
        Node content = literal.child(Rule.STRING_CONTENT);
        return StringLiterals.unescape(content.text(), content.start(), fileId, diagnostics);
    }

    // ---- comments ------------------------------------------------------------------------------

    private static Comment commentBlock(Node node) {
        return node == null ? null : commentText(node);
    }

    // Only doc comments and block comments document things; plain // comments do not.
    private static Comment commentText(Node node) {
        List<String> lines = new ArrayList<>();
        for (Node c : node.children()) {
            if (c.rule() == Rule.DOC_COMMENT) {
                lines.add(c.child(Rule.DOC_CONTENT).text().stripLeading());
            } else if (c.rule() == Rule.MULTI_LINE_COMMENT) {
                String t = c.text().strip();
                lines.add(t.substring(2, t.length() - 2).strip());
            }
        }
        return lines.isEmpty() ? null : new Comment(String.join("\n", lines));
    }

    private static Comment join(Comment existing, Comment added) {
        if (existing == null) {
            return added;
        }
        if (added == null) {
            return existing;
        }
        return new Comment(existing.text() + "\n" + added.text());
    }

    // ---- helpers -------------------------------------------------------------------------------

    private void validationError(String message, Node node) {
        diagnostics.error("Error validating: " + message, span(node));
    }

    private Identifier identifier(Node node) {
        return new Identifier(node.text(), span(node));
    }

    private Span span(Node node) {
        return new Span(fileId, node.start(), node.end());
    }
}
