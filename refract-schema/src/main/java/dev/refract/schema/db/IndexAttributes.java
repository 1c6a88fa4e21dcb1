package dev.refract.schema.db;

import dev.refract.schema.ast.Expression;
import dev.refract.schema.ast.Model;
import dev.refract.schema.diagnostics.Span;
import java.util.ArrayList;
import java.util.List;

/** {@code @@index}, {@code @@unique}, {@code @@fulltext}, and the arguments they share with {@code @unique} and {@code @id}. */
final class IndexAttributes {
    private IndexAttributes() {
    }

    static void index(AttributeResolver r, ModelId model, Types.ModelAttributes data) {
        AttributeContext ctx = r.ctx;
        Types.IndexData index = newIndex(ctx, IndexType.Normal);
        commonValidations(r, model, index);
        String name = nameArgument(r);
        String mapped = mapArgument(r);
        // `name:` on @@index is the legacy spelling of `map:`; both at once is an error.
        if (name != null && mapped != null) {
            ctx.attributeError("The `@@index` attribute accepts the `name` argument as an alias for the `map` "
                    + "argument for legacy reasons. It does not accept both though. Please use the `map` argument to "
                    + "specify the database name of the index.");
            index.mappedName = null;
        } else {
            index.mappedName = name != null ? name : mapped;
        }
        Expression type = ctx.visitOptionalArg("type");
        if (type != null) {
            String algo = Coerce.constant(type, r.diagnostics);
            if (algo != null) {
                index.algorithm = IndexAlgorithm.parse(algo);
                if (index.algorithm == null) {
                    ctx.attributeError("Unknown index type: " + algo + ".");
                }
            }
        }
        index.clustered = clusteredArgument(r);
        data.indexes.add(index);
    }

    static void unique(AttributeResolver r, ModelId model, Types.ModelAttributes data) {
        AttributeContext ctx = r.ctx;
        Types.IndexData index = newIndex(ctx, IndexType.Unique);
        commonValidations(r, model, index);
        String name = nameArgument(r);
        String mapped = mapArgument(r);
        if (name != null) {
            validateClientName(r, index.attribute.span(), r.astModel(model).name().name(), name, "@@unique");
        }
        index.name = name;
        index.mappedName = mapped;
        index.clustered = clusteredArgument(r);
        data.indexes.add(index);
    }

    static void fulltext(AttributeResolver r, ModelId model, Types.ModelAttributes data) {
        Types.IndexData index = newIndex(r.ctx, IndexType.Fulltext);
        commonValidations(r, model, index);
        index.mappedName = mapArgument(r);
        data.indexes.add(index);
    }

    private static Types.IndexData newIndex(AttributeContext ctx, IndexType type) {
        Types.IndexData index = new Types.IndexData();
        index.type = type;
        index.attribute = ctx.currentAttribute();
        return index;
    }

    private static void commonValidations(AttributeResolver r, ModelId model, Types.IndexData index) {
        Span attrSpan = index.attribute.span();
        Expression fields = r.ctx.visitDefaultArg("fields");
        if (fields == null) {
            return;
        }
        FieldResolution res = FieldResolution.withArgs(r, fields, attrSpan, model, true);
        if (res.dealtWith) {
            return;
        }
        if (res.isOk()) {
            index.fields = res.fields;
            return;
        }
        String modelName = r.astModel(model).name().name();
        String prefix = index.type == IndexType.Unique ? "unique " : "";
        if (!res.unknownFields.isEmpty()) {
            r.diagnostics.error("Error validating model \"" + modelName + "\": The " + prefix + "index definition "
                    + "refers to the unknown fields: " + String.join(", ", res.unknownFields) + ".", attrSpan);
        }
        if (!res.relationFields.isEmpty()) {
            List<String> suggested = new ArrayList<>();
            List<String> relationNames = new ArrayList<>();
            Model ast = r.astModel(model);
            for (int fieldIndex : res.relationFields) {
                relationNames.add(ast.fields().get(fieldIndex).name().name());
                int rf = r.types.findRelationField(model, fieldIndex);
                List<Integer> underlying = rf < 0 ? null : r.types.relationFields.get(rf).fields;
                if (underlying != null) {
                    for (int sf : underlying) {
                        suggested.add(ast.fields().get(r.types.scalarFields.get(sf).fieldIndex).name().name());
                    }
                }
            }
            String suggestion = suggested.isEmpty() ? "" : " Did you mean `@@"
                    + (index.type == IndexType.Unique ? "unique" : "index") + "([" + String.join(", ", suggested)
                    + "])`?";
            r.diagnostics.error("Error validating model \"" + modelName + "\": The " + prefix + "index definition "
                    + "refers to the relation fields " + String.join(", ", relationNames) + ". Index definitions must "
                    + "reference only scalar fields." + suggestion, attrSpan);
        }
    }

    /** The {@code map:} argument: a non-empty string, or null. */
    static String mapArgument(AttributeResolver r) {
        return nonEmptyString(r, "map");
    }

    /** The {@code name:} argument: a non-empty string, or null. */
    static String nameArgument(AttributeResolver r) {
        return nonEmptyString(r, "name");
    }

    private static String nonEmptyString(AttributeResolver r, String arg) {
        Expression e = r.ctx.visitOptionalArg(arg);
        if (e == null) {
            return null;
        }
        String s = Coerce.string(e, r.diagnostics);
        if (s != null && s.isEmpty()) {
            r.ctx.attributeError("The `" + arg + "` argument cannot be an empty string.");
            return null;
        }
        return s;
    }

    /** The {@code sort:} argument of a field-level {@code @unique} or {@code @id}. */
    static SortOrder sortArgument(AttributeResolver r) {
        Expression e = r.ctx.visitOptionalArg("sort");
        if (e == null) {
            return null;
        }
        String s = Coerce.constant(e, r.diagnostics);
        if (s == null) {
            return null;
        }
        if (s.equals("Desc")) {
            return SortOrder.Desc;
        } else if (s.equals("Asc")) {
            return SortOrder.Asc;
        }
        r.ctx.attributeError("The `sort` argument can only be `Asc` or `Desc` you provided: " + s + ".");
        return null;
    }

    static Boolean clusteredArgument(AttributeResolver r) {
        Expression e = r.ctx.visitOptionalArg("clustered");
        return e == null ? null : Coerce.bool(e, r.diagnostics);
    }

    // Client names end up in the generated client's API, hence the restriction.
    static void validateClientName(AttributeResolver r, Span span, String modelName, String name, String attribute) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            if (!ok) {
                r.diagnostics.error("Error validating model \"" + modelName + "\": The `name` property within the `"
                        + attribute + "` attribute only allows for the following characters: `_a-zA-Z0-9`.", span);
                return;
            }
        }
    }
}
