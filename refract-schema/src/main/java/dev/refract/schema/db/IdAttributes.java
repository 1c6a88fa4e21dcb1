package dev.refract.schema.db;

import dev.refract.schema.ast.CompositeType;
import dev.refract.schema.ast.Expression;
import dev.refract.schema.ast.Field;
import dev.refract.schema.ast.Model;
import dev.refract.schema.diagnostics.Span;
import java.util.ArrayList;
import java.util.List;

/** Primary keys ({@code @id}, {@code @@id}) and shard keys ({@code @shardKey}, {@code @@shardKey}). */
final class IdAttributes {
    private IdAttributes() {
    }

    /** "field `a`" or "fields `a`, `b`", as Prisma words field lists in these messages. */
    static String fieldsWithLeadingWord(List<String> names) {
        StringBuilder b = new StringBuilder(names.size() > 1 ? "fields " : "field ");
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                b.append(", ");
            }
            b.append('`').append(names.get(i)).append('`');
        }
        return b.toString();
    }

    private static String modelError(Model model, String message) {
        return "Error validating model \"" + model.name().name() + "\": " + message;
    }

    static void model(AttributeResolver r, ModelId id, Types.ModelAttributes data) {
        AttributeContext ctx = r.ctx;
        Span attrSpan = ctx.currentAttribute().span();
        var attribute = ctx.currentAttribute();
        Expression fields = ctx.visitDefaultArg("fields");
        if (fields == null) {
            return;
        }
        Model model = r.astModel(id);
        FieldResolution res = FieldResolution.withArgs(r, fields, attrSpan, id, false);
        if (res.dealtWith) {
            return;
        }
        if (!res.isOk()) {
            if (!res.unknowns.isEmpty()) {
                r.diagnostics.error(modelError(model, "The multi field id declaration refers to the unknown "
                        + fieldsWithLeadingWord(res.unknownFields) + "."), fields.span());
            }
            if (!res.relationFields.isEmpty()) {
                r.diagnostics.error(modelError(model, "The id definition refers to the relation "
                        + fieldsWithLeadingWord(names(model, res.relationFields))
                        + ". ID definitions must reference only scalar fields."), attrSpan);
            }
            return;
        }
        List<String> notRequired = new ArrayList<>();
        for (Types.FieldWithArgs f : res.fields) {
            Field field = astField(r, f.path());
            if (!field.arity().isRequired()) {
                notRequired.add(field.name().name());
            }
        }
        if (!notRequired.isEmpty() && !data.ignored) {
            r.diagnostics.error(modelError(model, "The id definition refers to the optional "
                    + fieldsWithLeadingWord(notRequired) + ". ID definitions must reference only required fields."),
                    attrSpan);
        }
        if (data.primaryKey != null) {
            r.diagnostics.error(modelError(model, "Each model must have at most one id criteria. You can't have `@id` "
                    + "and `@@id` at the same time."), model.span());
        }
        String mapped = IndexAttributes.mapArgument(r);
        String name = IndexAttributes.nameArgument(r);
        if (name != null) {
            IndexAttributes.validateClientName(r, attrSpan, model.name().name(), name, "@@id");
        }
        Types.IdData pk = new Types.IdData();
        pk.name = name;
        pk.mappedName = mapped;
        pk.sourceAttribute = attribute;
        pk.fields = res.fields;
        pk.clustered = IndexAttributes.clusteredArgument(r);
        data.primaryKey = pk;
    }

    private static List<String> names(Model model, List<Integer> fieldIndexes) {
        return fieldIndexes.stream().map(i -> model.fields().get(i).name().name()).toList();
    }

    private static Field astField(AttributeResolver r, IndexFieldPath path) {
        IndexFieldPath.Segment last = path.last();
        if (last != null) {
            CompositeType ct = r.db.astCompositeType(last.compositeType());
            return ct.fields().get(last.fieldIndex());
        }
        Types.ScalarFieldData sf = r.types.scalarFields.get(path.root());
        return r.astModel(sf.model).fields().get(sf.fieldIndex);
    }

    static void field(AttributeResolver r, int sfid, Types.ModelAttributes data) {
        AttributeContext ctx = r.ctx;
        Types.ScalarFieldData sf = r.types.scalarFields.get(sfid);
        Model model = r.astModel(sf.model);
        if (data.primaryKey != null) {
            r.diagnostics.error(modelError(model, "At most one field must be marked as the id field with the `@id` "
                    + "attribute."), model.span());
            return;
        }
        String mapped = IndexAttributes.mapArgument(r);
        Integer length = null;
        Expression lengthArg = ctx.visitOptionalArg("length");
        if (lengthArg != null) {
            Long l = Coerce.integer(lengthArg, r.diagnostics);
            length = l == null ? null : (int) (long) l;
        }
        SortOrder sort = IndexAttributes.sortArgument(r);
        Types.IdData pk = new Types.IdData();
        pk.clustered = IndexAttributes.clusteredArgument(r);
        pk.mappedName = mapped;
        pk.sourceAttribute = ctx.currentAttribute();
        pk.fields = List.of(new Types.FieldWithArgs(IndexFieldPath.of(sfid), sort, length, null));
        pk.sourceFieldIndex = sf.fieldIndex;
        data.primaryKey = pk;
    }

    // Needs @@ignore, which is only known once the model's own attributes are read.
    static void validateIdFieldArity(AttributeResolver r, ModelId id, Types.ModelAttributes data) {
        if (data.ignored || data.primaryKey == null || data.primaryKey.sourceFieldIndex < 0) {
            return;
        }
        Field field = r.astModel(id).fields().get(data.primaryKey.sourceFieldIndex);
        if (!field.arity().isRequired()) {
            r.diagnostics.error("Error parsing attribute \"@id\": Fields that are marked as id must be required.",
                    data.primaryKey.sourceAttribute.span());
        }
    }

    static void shardKeyModel(AttributeResolver r, ModelId id, Types.ModelAttributes data) {
        AttributeContext ctx = r.ctx;
        var attribute = ctx.currentAttribute();
        Expression fields = ctx.visitDefaultArg("fields");
        if (fields == null) {
            return;
        }
        Model model = r.astModel(id);
        FieldResolution res = FieldResolution.withoutArgs(r, fields, attribute.span(), id);
        if (res.dealtWith) {
            return;
        }
        if (!res.isOk()) {
            if (!res.unknowns.isEmpty()) {
                r.diagnostics.error(modelError(model, "The multi field shard key declaration refers to the unknown "
                        + fieldsWithLeadingWord(res.unknownFields) + "."), fields.span());
            }
            if (!res.relationFields.isEmpty()) {
                r.diagnostics.error(modelError(model, "The shard key definition refers to the relation "
                        + fieldsWithLeadingWord(names(model, res.relationFields))
                        + ". Shard key definitions must reference only scalar fields."), attribute.span());
            }
            return;
        }
        List<String> notRequired = new ArrayList<>();
        for (int sfid : res.scalarFieldIds) {
            Field f = model.fields().get(r.types.scalarFields.get(sfid).fieldIndex);
            if (!f.arity().isRequired()) {
                notRequired.add(f.name().name());
            }
        }
        if (!notRequired.isEmpty() && !data.ignored) {
            r.diagnostics.error(modelError(model, "The shard key definition refers to the optional "
                    + fieldsWithLeadingWord(notRequired)
                    + ". Shard key definitions must reference only required fields."), attribute.span());
        }
        if (data.shardKey != null) {
            r.diagnostics.error(modelError(model, "Each model must have at most one shard key. You can't have "
                    + "`@shardKey` and `@@shardKey` at the same time."), model.span());
        }
        Types.ShardKeyData sk = new Types.ShardKeyData();
        sk.sourceAttribute = attribute;
        sk.fields = res.scalarFieldIds;
        data.shardKey = sk;
    }

    static void shardKeyField(AttributeResolver r, int sfid, Types.ModelAttributes data) {
        Types.ScalarFieldData sf = r.types.scalarFields.get(sfid);
        Model model = r.astModel(sf.model);
        if (data.shardKey != null) {
            r.diagnostics.error(modelError(model, "At most one field must be marked as the shard key with the "
                    + "`@shardKey` attribute."), model.span());
            return;
        }
        Types.ShardKeyData sk = new Types.ShardKeyData();
        sk.sourceAttribute = r.ctx.currentAttribute();
        sk.fields = List.of(sfid);
        sk.sourceFieldIndex = sf.fieldIndex;
        data.shardKey = sk;
    }

    static void validateShardKeyFieldArity(AttributeResolver r, ModelId id, Types.ModelAttributes data) {
        if (data.ignored || data.shardKey == null || data.shardKey.sourceFieldIndex < 0) {
            return;
        }
        Field field = r.astModel(id).fields().get(data.shardKey.sourceFieldIndex);
        if (!field.arity().isRequired()) {
            r.diagnostics.error("Error parsing attribute \"@shardKey\": Fields that are marked as shard keys must be "
                    + "required.", data.shardKey.sourceAttribute.span());
        }
    }
}
