package dev.refract.schema.db;

import dev.refract.schema.ast.CompositeType;
import dev.refract.schema.ast.EnumDecl;
import dev.refract.schema.ast.Expression;
import dev.refract.schema.ast.Field;
import dev.refract.schema.ast.Model;
import dev.refract.schema.ast.SchemaAst;
import dev.refract.schema.ast.Top;
import dev.refract.schema.diagnostics.Diagnostics;
import java.util.HashMap;
import java.util.Map;

/**
 * Third pass: validates and records the attributes of fields, models, enums and composite types.
 *
 * <p>Order, which is the order of the diagnostics: first the attributes of every relation field
 * of the schema (so indexes can suggest their scalar fields), then each block in file and source
 * order: for a model, its scalar fields' attributes, then its own; for an enum, its values', then
 * its own; for a composite type, its fields'.
 */
final class AttributeResolver {
    final ParserDatabase db;
    final Types types;
    final Names names;
    final AttributeContext ctx;
    final Diagnostics diagnostics;
    // @map'ed names, only needed to find collisions.
    final Map<ModelId, Map<String, Integer>> mappedModelScalarFieldNames = new HashMap<>();
    final Map<CompositeTypeId, Map<String, Integer>> mappedCompositeTypeFieldNames = new HashMap<>();

    private AttributeResolver(ParserDatabase db, Diagnostics diagnostics) {
        this.db = db;
        this.types = db.types;
        this.names = db.names;
        this.diagnostics = diagnostics;
        this.ctx = new AttributeContext(diagnostics);
    }

    static void resolve(ParserDatabase db, Diagnostics diagnostics) {
        AttributeResolver r = new AttributeResolver(db, diagnostics);
        for (int rf = 0; rf < db.types.relationFields.size(); rf++) {
            FieldAttributes.relationField(r, rf);
        }
        for (SchemaAst ast : db.asts()) {
            for (int i = 0; i < ast.tops().size(); i++) {
                Top top = ast.tops().get(i);
                if (top instanceof Model) {
                    ModelAttributePass.resolve(r, new ModelId(ast.fileId(), i));
                } else if (top instanceof EnumDecl e) {
                    r.enumAttributes(new EnumId(ast.fileId(), i), e);
                } else if (top instanceof CompositeType ct) {
                    r.compositeTypeAttributes(new CompositeTypeId(ast.fileId(), i), ct);
                }
            }
        }
    }

    Model astModel(ModelId id) {
        return db.astModel(id);
    }

    private void compositeTypeAttributes(CompositeTypeId id, CompositeType ct) {
        for (int i = 0; i < ct.fields().size(); i++) {
            Types.CompositeTypeFieldData data = types.compositeTypeField(id, i);
            if (data == null) {
                continue;
            }
            Field field = ct.fields().get(i);
            ctx.visitAttributes(field.attributes());
            if (data.type instanceof ScalarFieldType.BuiltIn) {
                var nativeType = ctx.visitDatasourceScoped();
                if (nativeType != null) {
                    data.nativeType = NativeTypes.of(nativeType);
                }
            }
            if (ctx.visitOptionalSingleAttr("map")) {
                MapAttributes.compositeTypeField(this, id, ct, i, data);
                ctx.validateVisitedArguments();
            }
            if (ctx.visitOptionalSingleAttr("default")) {
                DefaultAttributes.compositeTypeField(this, id, field, data);
                ctx.validateVisitedArguments();
            }
            ctx.validateVisitedAttributes();
        }
    }

    private void enumAttributes(EnumId id, EnumDecl e) {
        Types.EnumAttributes attrs = new Types.EnumAttributes();
        for (int i = 0; i < e.values().size(); i++) {
            ctx.visitAttributes(e.values().get(i).attributes());
            if (ctx.visitOptionalSingleAttr("map")) {
                String mapped = MapAttributes.visitMapAttribute(this);
                if (mapped != null) {
                    attrs.mappedValues.put(i, mapped);
                }
                ctx.validateVisitedArguments();
            }
            ctx.validateVisitedAttributes();
        }
        ctx.visitAttributes(e.attributes());
        if (ctx.visitOptionalSingleAttr("map")) {
            String mapped = MapAttributes.visitMapAttribute(this);
            if (mapped != null) {
                attrs.mappedName = mapped;
            }
            ctx.validateVisitedArguments();
        }
        if (ctx.visitOptionalSingleAttr("schema")) {
            Expression arg = ctx.visitDefaultArg("map");
            if (arg != null) {
                String name = Coerce.string(arg, diagnostics);
                if (name != null) {
                    attrs.schema = name;
                    attrs.schemaSpan = arg.span();
                }
            }
            ctx.validateVisitedArguments();
        }
        types.enumAttributes.put(id, attrs);
        ctx.validateVisitedAttributes();
    }
}
