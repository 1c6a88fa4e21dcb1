package dev.refract.schema.format;

import dev.refract.schema.ast.Attribute;
import dev.refract.schema.ast.FieldArity;
import dev.refract.schema.db.IndexFieldWalker;
import dev.refract.schema.db.InlineRelationWalker;
import dev.refract.schema.db.ModelWalker;
import dev.refract.schema.db.NativeTypeAttribute;
import dev.refract.schema.db.ParserDatabase;
import dev.refract.schema.db.RelationFieldWalker;
import dev.refract.schema.db.RelationWalker;
import dev.refract.schema.db.ScalarFieldType;
import dev.refract.schema.db.ScalarFieldWalker;
import dev.refract.schema.db.ScalarType;
import dev.refract.schema.db.UniqueCriteriaWalker;
import dev.refract.schema.diagnostics.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What {@code prisma format} adds to a valid schema before laying it out: for every one-to-one
 * or one-to-many relation, the missing back relation field, the missing forward relation field,
 * the missing foreign key fields, a missing {@code @relation} attribute and its missing
 * {@code fields:} / {@code references:} arguments.
 *
 * <p>One deliberate difference: when the relation is named, the added field carries the name
 * ({@code @relation("name")}). Prisma adds it without, so that the two sides do not pair and the
 * next formatting adds them again.
 *
 * <p>Additions are text {@link Insertion insertions} into the original sources; the formatter
 * then lays the result out. The order they are collected in matters when several land at the
 * same place (the end of a model): relation by relation, missing fields first, then missing
 * attributes, then missing arguments; a stable sort by position keeps that order.
 */
final class RelationCompletion {
    /** Text to insert at {@code position} (a char offset) of file {@code fileId}. */
    record Insertion(int fileId, int position, String content) {
    }

    private final ParserDatabase db;
    private final List<String> sources;
    private final List<Insertion> insertions = new ArrayList<>();

    private RelationCompletion(ParserDatabase db, List<String> sources) {
        this.db = db;
        this.sources = sources;
    }

    /** Every insertion for the schema, in the order Prisma applies them at equal positions. */
    static List<Insertion> collect(ParserDatabase db, List<String> sources) {
        RelationCompletion c = new RelationCompletion(db, sources);
        List<InlineRelationWalker> inline = db.walkRelations().stream().map(RelationWalker::asInline)
                .filter(r -> r != null).toList();
        for (InlineRelationWalker r : inline) {
            c.missingRelationFields(r);
            c.missingScalarFields(r);
        }
        inline.forEach(c::missingRelationAttribute);
        inline.forEach(c::missingRelationArguments);
        return c.insertions;
    }

    /** Applies the insertions meant for {@code fileId} to its source. */
    static String apply(String source, int fileId, List<Insertion> all) {
        List<Insertion> mine = new ArrayList<>(all.stream().filter(i -> i.fileId() == fileId).toList());
        if (mine.isEmpty()) {
            return source;
        }
        mine.sort((a, b) -> Integer.compare(a.position(), b.position())); // stable
        StringBuilder out = new StringBuilder(source.length() + 64 * mine.size());
        int from = 0;
        for (Insertion i : mine) {
            out.append(source, from, i.position()).append(i.content());
            from = i.position();
        }
        return out.append(source, from, source.length()).toString();
    }

    // ---- missing fields --------------------------------------------------------------------

    private void missingRelationFields(InlineRelationWalker r) {
        if (r.backRelationField() == null) {
            ModelWalker referencing = r.referencingModel();
            String ignore = referencing.isIgnored() ? "@ignore" : "";
            String arity = r.isOneToOne() ? "?" : "[]";
            String name = Inflector.camelCase(referencing.name());
            if (!r.isOneToOne()) {
                name = Inflector.plural(name);
            }
            String named = r.asRelation().hasExplicitName()
                    ? "@relation(" + quoted(r.asRelation().explicitRelationName()) + ") " : "";
            atModelEnd(r.referencedModel(), name + " " + referencing.name() + arity + " " + named + ignore + "\n");
        }
        if (r.forwardRelationField() == null) {
            String referenced = r.referencedModel().name();
            String arity = render(forwardArity(r));
            String name = Inflector.camelCase(referenced);
            if (arity.equals("[]")) {
                name = Inflector.plural(name);
            }
            String named = r.asRelation().hasExplicitName()
                    ? quoted(r.asRelation().explicitRelationName()) + ", " : "";
            atModelEnd(r.referencingModel(), name + " " + referenced + arity + " @relation(" + named
                    + fieldsArgument(r) + ", " + referencesArgument(r) + ")\n");
        }
    }

    private void missingScalarFields(InlineRelationWalker r) {
        if (referencingFieldsWritten(r)) {
            return;
        }
        ModelWalker referencing = r.referencingModel();
        for (InferredField f : inferReferencingFields(r)) {
            if (referencing.findScalarField(f.name()) != null) {
                continue; // already there
            }
            ScalarType type = f.type().asBuiltinScalar();
            if (type == null) {
                return; // Prisma stops at the first field that is not a built-in scalar
            }
            NativeTypeAttribute nativeType = f.blueprint().rawNativeType();
            String attributes = nativeType == null ? "" : text(nativeType.span());
            atModelEnd(referencing, f.name() + " " + type.name() + render(f.arity()) + " " + attributes + "\n");
        }
    }

    // ---- missing @relation and its arguments ----------------------------------------------------

    private void missingRelationAttribute(InlineRelationWalker r) {
        RelationFieldWalker forward = r.forwardRelationField();
        if (forward == null || forward.relationAttribute() != null) {
            return;
        }
        Span typeSpan = forward.astField().type().span();
        String source = sources.get(typeSpan.fileId());
        int position = typeSpan.end();
        // After the arity markers written right after the type name.
        while (position < source.length() && "[]?!".indexOf(source.charAt(position)) >= 0) {
            position++;
        }
        insertions.add(new Insertion(typeSpan.fileId(), position,
                " @relation(" + fieldsArgument(r) + ", " + referencesArgument(r) + ")"));
    }

    private void missingRelationArguments(InlineRelationWalker r) {
        RelationFieldWalker forward = r.forwardRelationField();
        if (forward == null || forward.relationAttribute() == null) {
            return;
        }
        Attribute attribute = forward.relationAttribute();
        List<String> extra = new ArrayList<>();
        if (forward.referencingFields() == null) {
            extra.add(fieldsArgument(r));
        }
        if (forward.referencedFields() == null) {
            extra.add(referencesArgument(r));
        }
        String args = String.join(", ", extra);
        Span span = attribute.span();
        String written = text(span);
        if (Whitespace.trimEnd(written).endsWith(")")) {
            // Inside the parentheses. (Prisma appends a second list after `@relation()`; we don't.)
            int close = span.start() + Whitespace.trimEnd(written).length() - 1;
            String prefix = attribute.arguments().isEmpty() ? "" : ", ";
            insertions.add(new Insertion(span.fileId(), close, prefix + args));
        } else {
            insertions.add(new Insertion(span.fileId(), span.end(), "(" + args + ")"));
        }
    }

    // ---- inference, as Prisma does it ------------------------------------------------------------

    /** A foreign key field the relation needs, named after the referenced model and field. */
    private record InferredField(String name, FieldArity arity, ScalarFieldType type, ScalarFieldWalker blueprint) {
    }

    /**
     * The foreign key fields for the first unique criteria (primary key first) of the referenced
     * model: {@code <model><Field>}, typed like the referenced field, or like an existing field
     * of that name.
     */
    private List<InferredField> inferReferencingFields(InlineRelationWalker r) {
        ModelWalker referenced = r.referencedModel();
        List<UniqueCriteriaWalker> criterias = referenced.uniqueCriterias();
        if (criterias.isEmpty()) {
            return List.of();
        }
        List<InferredField> out = new ArrayList<>();
        for (IndexFieldWalker f : criterias.get(0).fields()) {
            ScalarFieldWalker field = f.asScalarField();
            if (field == null) {
                continue; // composite type fields cannot be part of a relation
            }
            String name = lowerFirst(referenced.name()) + upperFirst(field.name());
            ScalarFieldWalker existing = r.referencingModel().findScalarField(name);
            if (existing != null) {
                out.add(new InferredField(name, existing.arity(), existing.scalarFieldType(), field));
            } else {
                RelationFieldWalker forward = r.forwardRelationField();
                out.add(new InferredField(name, forward != null ? forward.arity() : FieldArity.OPTIONAL,
                        field.scalarFieldType(), field));
            }
        }
        return out;
    }

    private FieldArity forwardArity(InlineRelationWalker r) {
        RelationFieldWalker forward = r.forwardRelationField();
        if (forward != null) {
            return forward.arity();
        }
        return inferReferencingFields(r).stream().anyMatch(f -> f.arity().isOptional())
                ? FieldArity.OPTIONAL : FieldArity.REQUIRED;
    }

    private static boolean referencingFieldsWritten(InlineRelationWalker r) {
        RelationFieldWalker forward = r.forwardRelationField();
        return forward != null && forward.referencingFields() != null;
    }

    private String fieldsArgument(InlineRelationWalker r) {
        return "fields: [" + inferReferencingFields(r).stream().map(InferredField::name)
                .collect(Collectors.joining(", ")) + "]";
    }

    private static String referencesArgument(InlineRelationWalker r) {
        return "references: [" + r.referencedFields().stream().map(ScalarFieldWalker::name)
                .collect(Collectors.joining(", ")) + "]";
    }

    private static String render(FieldArity arity) {
        return arity.isList() ? "[]" : arity.isOptional() ? "?" : "";
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }

    private static String upperFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    /** A string literal for {@code value}. */
    private static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** Inserts a line right before the closing brace of a model. */
    private void atModelEnd(ModelWalker model, String line) {
        Span span = model.span();
        insertions.add(new Insertion(span.fileId(), span.end() - 1, line));
    }

    private String text(Span span) {
        return sources.get(span.fileId()).substring(span.start(), span.end());
    }
}
