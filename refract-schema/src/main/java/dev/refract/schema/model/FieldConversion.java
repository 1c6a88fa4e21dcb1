package dev.refract.schema.model;

import dev.refract.model.Arity;
import dev.refract.model.BuiltinType;
import dev.refract.model.Field;
import dev.refract.model.NativeType;
import dev.refract.model.ReferentialAction;
import dev.refract.model.RelationField;
import dev.refract.model.ScalarField;
import dev.refract.model.ScalarType;
import dev.refract.schema.ast.FieldArity;
import dev.refract.schema.config.Configuration;
import dev.refract.schema.db.CompositeTypeFieldWalker;
import dev.refract.schema.db.CompositeTypeWalker;
import dev.refract.schema.db.FieldWalker;
import dev.refract.schema.db.IndexFieldWalker;
import dev.refract.schema.db.IndexWalker;
import dev.refract.schema.db.NativeTypeAttribute;
import dev.refract.schema.db.ParserDatabase;
import dev.refract.schema.db.RelationFieldWalker;
import dev.refract.schema.db.ScalarFieldType;
import dev.refract.schema.db.ScalarFieldWalker;
import java.util.ArrayList;
import java.util.List;

/** Converts model fields and composite type fields. */
final class FieldConversion {
    private FieldConversion() {
    }

    /** The field, or null when the database could not resolve it (only in an invalid schema). */
    static Field field(FieldWalker f, Configuration configuration) {
        ScalarFieldWalker scalar = f.asScalarField();
        if (scalar != null) {
            return scalarField(scalar);
        }
        RelationFieldWalker relation = f.asRelationField();
        return relation == null ? null : relationField(relation, configuration);
    }

    private static ScalarField scalarField(ScalarFieldWalker f) {
        ScalarType type = type(f.db(), f.scalarFieldType());
        boolean isId = f.isSinglePk();
        return ScalarField.builder(f.name(), type)
                .dbName(f.mappedName())
                .arity(arity(f.arity()))
                .nativeType(nativeType(f.rawNativeType()))
                .defaultValue(f.defaultValue() == null ? null
                        : DefaultConversion.of(f.defaultValue().value(), type))
                .id(isId)
                .unique(!isId && isAloneUnique(f))
                .updatedAt(f.isUpdatedAt())
                .ignored(f.isIgnored())
                .documentation(SchemaModels.doc(f.astField().documentation()))
                .build();
    }

    // Unique on its own: @unique, or an @@unique over this field only (Prisma's is_unique; the
    // primary key case is left out because the model reports it as isId instead).
    private static boolean isAloneUnique(ScalarFieldWalker f) {
        for (IndexWalker index : f.model().indexes()) {
            List<IndexFieldWalker> fields = index.scalarFieldAttributes();
            if (index.isUnique() && fields.size() == 1 && fields.get(0).path().isTopLevel()
                    && fields.get(0).path().root() == f.id()) {
                return true;
            }
        }
        return false;
    }

    private static RelationField relationField(RelationFieldWalker f, Configuration configuration) {
        return RelationField.builder(f.name(), f.relatedModel().name(), f.relationName())
                .arity(arity(f.arity()))
                .references(names(f.referencingFields()), names(f.referencedFields()))
                .onDelete(action(f.explicitOnDelete()))
                .onUpdate(action(f.explicitOnUpdate()))
                .defaultOnDelete(defaultOnDelete(f, configuration))
                .mapName(f.mappedName())
                .ignored(f.isIgnored())
                .documentation(SchemaModels.doc(f.astField().documentation()))
                .build();
    }

    static List<ScalarField> compositeFields(CompositeTypeWalker t) {
        List<ScalarField> out = new ArrayList<>();
        for (CompositeTypeFieldWalker f : t.fields()) {
            if (f.type() == null) {
                continue;
            }
            ScalarType type = type(f.db(), f.type());
            out.add(ScalarField.builder(f.name(), type)
                    .dbName(f.mappedName())
                    .arity(arity(f.arity()))
                    .nativeType(nativeType(f.rawNativeType()))
                    .defaultValue(f.defaultValue() == null ? null
                            : DefaultConversion.of(f.defaultValue().value(), type))
                    .documentation(SchemaModels.doc(f.astField().documentation()))
                    .build());
        }
        return out;
    }

    static ScalarType type(ParserDatabase db, ScalarFieldType t) {
        if (t instanceof ScalarFieldType.BuiltIn b) {
            return ScalarType.of(BuiltinType.fromSchemaName(b.type().asStr()));
        } else if (t instanceof ScalarFieldType.EnumRef e) {
            return ScalarType.enumRef(db.walk(e.id()).name());
        } else if (t instanceof ScalarFieldType.CompositeRef c) {
            return ScalarType.compositeRef(db.walk(c.id()).name());
        }
        return ScalarType.unsupported(((ScalarFieldType.Unsupported) t).name());
    }

    static Arity arity(FieldArity arity) {
        return switch (arity) {
            case REQUIRED -> Arity.REQUIRED;
            case OPTIONAL -> Arity.OPTIONAL;
            case LIST -> Arity.LIST;
        };
    }

    // Prisma's rule: a required relation restricts deletes (NoAction where the connector, in this
    // relation mode, has no Restrict); an optional one sets the foreign key to null.
    private static ReferentialAction defaultOnDelete(RelationFieldWalker f, Configuration configuration) {
        if (!f.hasFieldsArgument()) {
            return null;
        }
        if (f.referentialArity() != FieldArity.REQUIRED) {
            return ReferentialAction.SET_NULL;
        }
        boolean restrict = configuration.connector().supportsReferentialAction(configuration.relationMode(),
                ReferentialAction.RESTRICT);
        return restrict ? ReferentialAction.RESTRICT : ReferentialAction.NO_ACTION;
    }

    private static NativeType nativeType(NativeTypeAttribute attribute) {
        return attribute == null ? null : new NativeType(attribute.name(), attribute.args());
    }

    private static ReferentialAction action(dev.refract.schema.db.ReferentialAction action) {
        return action == null ? null : ReferentialAction.fromSchemaName(action.asStr());
    }

    private static List<String> names(List<ScalarFieldWalker> fields) {
        return fields == null ? List.of() : fields.stream().map(ScalarFieldWalker::name).toList();
    }
}
