package dev.refract.schema.db;

import dev.refract.schema.ast.CompositeType;
import dev.refract.schema.ast.EnumDecl;
import dev.refract.schema.ast.Field;
import dev.refract.schema.ast.FieldType;
import dev.refract.schema.ast.Model;
import dev.refract.schema.ast.SchemaAst;
import dev.refract.schema.ast.Top;
import dev.refract.schema.diagnostics.Diagnostics;
import java.util.HashMap;
import java.util.List;

/**
 * Second pass: resolves the type of every model and composite type field to a scalar type, an
 * enum, a composite type or a model (which makes it a relation field), and checks that enums
 * have values. Runs only when names resolved without errors.
 */
final class TypeResolver {
    private final List<SchemaAst> asts;
    private final Names names;
    private final Types types;
    private final Diagnostics diagnostics;

    private TypeResolver(List<SchemaAst> asts, Names names, Types types, Diagnostics diagnostics) {
        this.asts = asts;
        this.names = names;
        this.types = types;
        this.diagnostics = diagnostics;
    }

    static void resolve(List<SchemaAst> asts, Names names, Types types, Diagnostics diagnostics) {
        TypeResolver r = new TypeResolver(asts, names, types, diagnostics);
        for (SchemaAst ast : asts) {
            for (int i = 0; i < ast.tops().size(); i++) {
                Top top = ast.tops().get(i);
                if (top instanceof Model m) {
                    r.model(new ModelId(ast.fileId(), i), m);
                } else if (top instanceof EnumDecl e) {
                    if (e.values().isEmpty()) {
                        diagnostics.error("Error validating: An enum must have at least one value.", e.span());
                    }
                } else if (top instanceof CompositeType ct) {
                    r.compositeType(new CompositeTypeId(ast.fileId(), i), ct);
                }
            }
        }
    }

    private void model(ModelId id, Model m) {
        for (int i = 0; i < m.fields().size(); i++) {
            Field f = m.fields().get(i);
            Object t = fieldType(f);
            if (t instanceof ModelId target) {
                types.pushRelationField(new Types.RelationFieldData(id, i, target));
            } else if (t instanceof ScalarFieldType st) {
                types.pushScalarField(new Types.ScalarFieldData(id, i, st));
            } else {
                typeNotFound(f);
            }
        }
    }

    private void compositeType(CompositeTypeId id, CompositeType ct) {
        var fields = types.compositeTypeFields.computeIfAbsent(id, k -> new HashMap<>());
        for (int i = 0; i < ct.fields().size(); i++) {
            Field f = ct.fields().get(i);
            Object t = fieldType(f);
            if (t instanceof ScalarFieldType st) {
                fields.put(i, new Types.CompositeTypeFieldData(st));
            } else if (t instanceof ModelId target) {
                String modelName = ((Model) asts.get(target.fileId()).tops().get(target.topIndex())).name().name();
                diagnostics.error("Error validating composite type \"" + ct.name().name() + "\": " + modelName
                        + " refers to a model, making this a relation field. Relation fields inside composite types "
                        + "are not supported.", f.type().span());
            } else {
                typeNotFound(f);
            }
        }
    }

    private void typeNotFound(Field f) {
        String name = ((FieldType.Supported) f.type()).name().name();
        diagnostics.error("Type \"" + name + "\" is neither a built-in type, nor refers to another model, composite "
                + "type, or enum.", f.type().span());
    }

    /** A {@link ScalarFieldType}, a {@link ModelId} for relation fields, or null when unknown. */
    private Object fieldType(Field f) {
        if (f.type() instanceof FieldType.Unsupported u) {
            return new ScalarFieldType.Unsupported(u.typeName());
        }
        String name = ((FieldType.Supported) f.type()).name().name();
        ScalarType scalar = ScalarType.parse(name);
        if (scalar != null) {
            return new ScalarFieldType.BuiltIn(scalar);
        }
        Names.TopRef ref = names.tops.get(name);
        if (ref == null) {
            return null;
        }
        Top top = asts.get(ref.fileId()).tops().get(ref.topIndex());
        if (top instanceof Model) {
            return new ModelId(ref.fileId(), ref.topIndex());
        } else if (top instanceof EnumDecl) {
            return new ScalarFieldType.EnumRef(new EnumId(ref.fileId(), ref.topIndex()));
        } else if (top instanceof CompositeType) {
            return new ScalarFieldType.CompositeRef(new CompositeTypeId(ref.fileId(), ref.topIndex()));
        }
        return null;
    }
}
