package dev.refract.schema.db;

import dev.refract.schema.ast.Attribute;
import dev.refract.schema.ast.Expression;
import dev.refract.schema.ast.Model;
import java.util.List;

/**
 * {@code @relation(name, fields:, references:, onDelete:, onUpdate:, map:)} on a relation field.
 * Records what is written; whether the relation makes sense is checked by later validations.
 */
final class RelationAttribute {
    private RelationAttribute() {
    }

    static void visit(AttributeResolver r, int rfid) {
        AttributeContext ctx = r.ctx;
        Types.RelationFieldData data = r.types.relationFields.get(rfid);
        Attribute attr = ctx.currentAttribute();
        data.relationAttribute = attr;

        Expression fields = ctx.visitOptionalArg("fields");
        if (fields != null) {
            FieldResolution res = FieldResolution.withoutArgs(r, fields, attr.span(), data.model);
            if (res.isOk()) {
                data.fields = res.scalarFieldIds;
            } else {
                if (!res.dealtWith) {
                    if (!res.unknowns.isEmpty()) {
                        r.diagnostics.error("Error validating: The argument fields must refer only to existing fields. "
                                + "The following fields do not exist in this model: " + names(res), fields.span());
                    }
                    if (!res.relationFields.isEmpty()) {
                        r.diagnostics.error("Error validating: The argument fields must refer only to scalar fields. "
                                + "But it is referencing the following relation fields: "
                                + relationNames(r.astModel(data.model), res.relationFields), fields.span());
                    }
                }
                data.fields = List.of();
            }
        }

        Expression references = ctx.visitOptionalArg("references");
        if (references != null) {
            FieldResolution res = FieldResolution.withoutArgs(r, references, attr.span(), data.referencedModel);
            if (res.isOk()) {
                data.references = res.scalarFieldIds;
            } else {
                if (!res.dealtWith) {
                    Model referenced = r.astModel(data.referencedModel);
                    if (!res.unknowns.isEmpty()) {
                        r.diagnostics.error("Error validating: The argument `references` must refer only to existing "
                                + "fields in the related model `" + referenced.name().name() + "`. The following fields "
                                + "do not exist in the related model: " + names(res), attr.span());
                    }
                    if (!res.relationFields.isEmpty()) {
                        r.diagnostics.error("Error validating: The argument `references` must refer only to scalar "
                                + "fields in the related model `" + referenced.name().name() + "`. But it is "
                                + "referencing the following relation fields: "
                                + relationNames(referenced, res.relationFields), attr.span());
                    }
                }
                data.references = List.of();
            }
        }

        // A missing or doubled name is not an error here.
        Expression name = ctx.visitDefaultArgQuietly("name");
        if (name != null) {
            String n = Coerce.string(name, r.diagnostics);
            if (n != null && n.isEmpty()) {
                ctx.attributeError("A relation cannot have an empty name.");
            } else if (n != null) {
                data.name = n;
            }
        }

        Expression onDelete = ctx.visitOptionalArg("onDelete");
        if (onDelete != null) {
            ReferentialAction a = referentialAction(r, onDelete);
            if (a != null) {
                data.onDelete = a;
                data.onDeleteSpan = onDelete.span();
            }
        }
        Expression onUpdate = ctx.visitOptionalArg("onUpdate");
        if (onUpdate != null) {
            ReferentialAction a = referentialAction(r, onUpdate);
            if (a != null) {
                data.onUpdate = a;
                data.onUpdateSpan = onUpdate.span();
            }
        }
        data.mappedName = IndexAttributes.mapArgument(r);
    }

    private static String names(FieldResolution res) {
        return String.join(", ", res.unknowns.stream().map(FieldResolution.Unknown::name).toList());
    }

    private static String relationNames(Model model, List<Integer> fieldIndexes) {
        return String.join(", ", fieldIndexes.stream().map(i -> model.fields().get(i).name().name()).toList());
    }

    private static ReferentialAction referentialAction(AttributeResolver r, Expression e) {
        String s = Coerce.constant(e, r.diagnostics);
        if (s == null) {
            return null;
        }
        ReferentialAction a = ReferentialAction.parse(s);
        if (a == null) {
            r.diagnostics.error("Error parsing attribute \"@relation\": Invalid referential action: `" + s + "`",
                    e.span());
        }
        return a;
    }
}
