package dev.refract.schema.db;

import dev.refract.schema.ast.Expression;
import dev.refract.schema.ast.Model;

/**
 * The attributes of one model or view: first each scalar field's, then the model's own, in
 * Prisma's order: {@code @@ignore}, {@code @@id}, {@code @@map}, {@code @@schema}, every
 * {@code @@index}, every {@code @@unique}, every {@code @@fulltext}, {@code @@shardKey}; then the
 * checks that need all of them (required id and shard key fields).
 */
final class ModelAttributePass {
    private ModelAttributePass() {
    }

    static void resolve(AttributeResolver r, ModelId id) {
        AttributeContext ctx = r.ctx;
        Types.ModelAttributes data = new Types.ModelAttributes();
        for (int sfid : r.types.modelScalarFieldIds(id)) {
            FieldAttributes.scalarField(r, sfid, data);
        }
        Model model = r.astModel(id);
        ctx.visitAttributes(model.attributes());

        if (ctx.visitOptionalSingleAttr("ignore")) {
            ignore(r, id, data);
            ctx.validateVisitedArguments();
        }
        if (ctx.visitOptionalSingleAttr("id")) {
            IdAttributes.model(r, id, data);
            ctx.validateVisitedArguments();
        }
        if (ctx.visitOptionalSingleAttr("map")) {
            String mapped = MapAttributes.visitMapAttribute(r);
            if (mapped != null) {
                data.mappedName = mapped;
            }
            ctx.validateVisitedArguments();
        }
        if (ctx.visitOptionalSingleAttr("schema")) {
            Expression arg = ctx.visitDefaultArg("map");
            if (arg != null) {
                String name = Coerce.string(arg, r.diagnostics);
                if (name != null) {
                    data.schema = name;
                    data.schemaSpan = arg.span();
                }
            }
            ctx.validateVisitedArguments();
        }
        while (ctx.visitRepeatedAttr("index")) {
            IndexAttributes.index(r, id, data);
            ctx.validateVisitedArguments();
        }
        while (ctx.visitRepeatedAttr("unique")) {
            IndexAttributes.unique(r, id, data);
            ctx.validateVisitedArguments();
        }
        while (ctx.visitRepeatedAttr("fulltext")) {
            IndexAttributes.fulltext(r, id, data);
            ctx.validateVisitedArguments();
        }
        if (ctx.visitOptionalSingleAttr("shardKey")) {
            IdAttributes.shardKeyModel(r, id, data);
            ctx.validateVisitedArguments();
        }

        IdAttributes.validateIdFieldArity(r, id, data);
        IdAttributes.validateShardKeyFieldArity(r, id, data);
        r.types.modelAttributes.put(id, data);
        ctx.validateVisitedAttributes();
    }

    private static void ignore(AttributeResolver r, ModelId id, Types.ModelAttributes data) {
        Model model = r.astModel(id);
        for (int sfid : r.types.modelScalarFieldIds(id)) {
            Types.ScalarFieldData sf = r.types.scalarFields.get(sfid);
            if (sf.ignored) {
                r.diagnostics.error("Error parsing attribute \"@ignore\": Fields on an already ignored Model do not "
                        + "need an `@ignore` annotation.", model.fields().get(sf.fieldIndex).span());
            }
        }
        data.ignored = true;
    }
}
