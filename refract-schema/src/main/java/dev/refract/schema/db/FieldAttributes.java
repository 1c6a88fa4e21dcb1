package dev.refract.schema.db;

import dev.refract.schema.ast.Attribute;
import dev.refract.schema.ast.Expression;
import dev.refract.schema.ast.Field;
import java.util.ArrayList;
import java.util.List;

/**
 * The attributes of model fields. Scalar fields: {@code @map}, {@code @ignore}, {@code @relation}
 * (an error), {@code @id}, {@code @updatedAt}, {@code @default}, the native type, {@code @unique},
 * {@code @shardKey}, in that order. Relation fields: {@code @relation}, {@code @id},
 * {@code @ignore}, {@code @default}, {@code @map}, {@code @unique} (all but the first and
 * {@code @ignore} are errors).
 */
final class FieldAttributes {
    private FieldAttributes() {
    }

    static void scalarField(AttributeResolver r, int sfid, Types.ModelAttributes modelData) {
        AttributeContext ctx = r.ctx;
        Types.ScalarFieldData data = r.types.scalarFields.get(sfid);
        Field astField = r.astModel(data.model).fields().get(data.fieldIndex);
        ctx.visitAttributes(astField.attributes());

        if (ctx.visitOptionalSingleAttr("map")) {
            MapAttributes.scalarField(r, sfid);
            ctx.validateVisitedArguments();
        }
        if (ctx.visitOptionalSingleAttr("ignore")) {
            if (data.type.isUnsupported()) {
                ctx.attributeError("Fields of type `Unsupported` cannot take an `@ignore` attribute. They are already "
                        + "treated as ignored by the client due to their type.");
            } else {
                data.ignored = true;
            }
            ctx.validateVisitedArguments();
        }
        if (ctx.visitOptionalSingleAttr("relation")) {
            ctx.attributeError("Invalid field type, not a relation.");
            ctx.validateVisitedArguments();
        }
        if (ctx.visitOptionalSingleAttr("id")) {
            IdAttributes.field(r, sfid, modelData);
            ctx.validateVisitedArguments();
        }
        if (ctx.visitOptionalSingleAttr("updatedAt")) {
            if (!data.type.isDateTime()) {
                ctx.attributeError("Fields that are marked with @updatedAt must be of type DateTime.");
            }
            if (astField.arity().isList()) {
                ctx.attributeError("Fields that are marked with @updatedAt cannot be lists.");
            }
            data.updatedAt = true;
            ctx.validateVisitedArguments();
        }
        if (ctx.visitOptionalSingleAttr("default")) {
            DefaultAttributes.modelField(r, sfid);
            ctx.validateVisitedArguments();
        }
        if (data.type instanceof ScalarFieldType.BuiltIn) {
            Attribute nativeType = ctx.visitDatasourceScoped();
            if (nativeType != null) {
                data.nativeType = NativeTypes.of(nativeType);
            }
        }
        if (ctx.visitOptionalSingleAttr("unique")) {
            fieldUnique(r, sfid, modelData);
            ctx.validateVisitedArguments();
        }
        if (ctx.visitOptionalSingleAttr("shardKey")) {
            IdAttributes.shardKeyField(r, sfid, modelData);
            ctx.validateVisitedArguments();
        }
        ctx.validateVisitedAttributes();
    }

    private static void fieldUnique(AttributeResolver r, int sfid, Types.ModelAttributes modelData) {
        AttributeContext ctx = r.ctx;
        String mapped = IndexAttributes.mapArgument(r);
        Integer length = null;
        Expression lengthArg = ctx.visitOptionalArg("length");
        if (lengthArg != null) {
            Long l = Coerce.integer(lengthArg, r.diagnostics);
            length = l == null ? null : (int) (long) l;
        }
        SortOrder sort = IndexAttributes.sortArgument(r);
        Boolean clustered = IndexAttributes.clusteredArgument(r);
        Types.IndexData index = new Types.IndexData();
        index.attribute = ctx.currentAttribute();
        index.type = IndexType.Unique;
        index.fields = List.of(new Types.FieldWithArgs(IndexFieldPath.of(sfid), sort, length, null));
        index.sourceField = sfid;
        index.mappedName = mapped;
        index.clustered = clustered;
        modelData.indexes.add(index);
    }

    static void relationField(AttributeResolver r, int rfid) {
        AttributeContext ctx = r.ctx;
        Types.RelationFieldData data = r.types.relationFields.get(rfid);
        Field astField = r.astModel(data.model).fields().get(data.fieldIndex);
        ctx.visitAttributes(astField.attributes());

        if (ctx.visitOptionalSingleAttr("relation")) {
            RelationAttribute.visit(r, rfid);
            ctx.validateVisitedArguments();
        }
        if (ctx.visitOptionalSingleAttr("id")) {
            ctx.attributeError("The field `" + astField.name().name() + "` is a relation field and cannot be marked "
                    + "with `@id`. Only scalar fields can be declared as id.");
            ctx.discardArguments();
        }
        if (ctx.visitOptionalSingleAttr("ignore")) {
            data.ignored = true;
            ctx.validateVisitedArguments();
        }
        if (ctx.visitOptionalSingleAttr("default")) {
            ctx.attributeError("Cannot set a default value on a relation field.");
            ctx.discardArguments();
        }
        if (ctx.visitOptionalSingleAttr("map")) {
            ctx.attributeError("The attribute `@map` cannot be used on relation fields.");
            ctx.visitDefaultArg("name");
            ctx.discardArguments();
        }
        if (ctx.visitOptionalSingleAttr("unique")) {
            List<String> suggested = new ArrayList<>();
            if (data.fields != null) {
                for (int sf : data.fields) {
                    Types.ScalarFieldData s = r.types.scalarFields.get(sf);
                    suggested.add(r.astModel(s.model).fields().get(s.fieldIndex).name().name());
                }
            }
            String suggestion = switch (suggested.size()) {
                case 0 -> "";
                case 1 -> " Did you mean to put it on `" + suggested.get(0) + "`?";
                default -> " Did you mean to provide `@@unique([" + String.join(", ", suggested) + "])`?";
            };
            ctx.attributeError("The field `" + astField.name().name() + "` is a relation field and cannot be marked "
                    + "with `unique`. Only scalar fields can be made unique." + suggestion);
            ctx.discardArguments();
        }
        ctx.validateVisitedAttributes();
    }
}
