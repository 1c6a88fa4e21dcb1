package dev.refract.schema.validate;

import dev.refract.schema.db.DefaultValueWalker;
import dev.refract.schema.db.IndexFieldWalker;
import dev.refract.schema.db.IndexWalker;
import dev.refract.schema.db.ModelWalker;
import dev.refract.schema.db.NativeTypeAttribute;
import dev.refract.schema.db.PrimaryKeyWalker;
import dev.refract.schema.db.ScalarFieldWalker;
import dev.refract.schema.diagnostics.Span;
import java.util.List;

/** MongoDB's model checks: the {@code _id} field, {@code auto()}, field names and duplicate indexes. */
final class MongoDbValidations {
    private MongoDbValidations() {
    }

    static void validateModel(ModelWalker model, ValidationContext ctx) {
        idMustBeDefined(model, ctx);
        if (model.primaryKey() != null) {
            idFieldMustHaveACorrectMappedName(model.primaryKey(), ctx);
        }
        for (ScalarFieldWalker field : model.scalarFields()) {
            objectIdTypeRequiredWithAutoAttribute(field, ctx);
            autoAttributeMustBeAnId(field, ctx);
            dbgeneratedAttributeIsNotAllowed(field, ctx);
            fieldNameUsesValidCharacters(field, ctx);
        }
        for (IndexWalker index : model.indexes()) {
            indexIsNotDefinedMultipleTimesToSameFields(index, ctx);
            uniqueCannotBeDefinedToIdField(index, ctx);
        }
    }

    private static boolean isAuto(ScalarFieldWalker field) {
        DefaultValueWalker value = field.defaultValue();
        return value != null && value.isAuto();
    }

    private static void fieldError(ScalarFieldWalker field, String message, ValidationContext ctx) {
        ctx.error(Messages.field(field.model(), field.name(), message), field.span());
    }

    private static void idMustBeDefined(ModelWalker model, ValidationContext ctx) {
        if (model.primaryKey() == null) {
            ctx.error(Messages.invalidModel("MongoDB models require exactly one identity field annotated with @id"),
                    model.span());
        }
    }

    private static void idFieldMustHaveACorrectMappedName(PrimaryKeyWalker pk, ValidationContext ctx) {
        if (pk.fields().size() != 1) {
            return;
        }
        ScalarFieldWalker field = pk.fields().get(0);
        String mapped = field.mappedName();
        if (field.name().equals("_id") || "_id".equals(mapped)) {
            return;
        }
        fieldError(field, mapped != null
                ? "MongoDB model IDs must have an @map(\"_id\") annotation, found @map(\"" + mapped + "\")."
                : "MongoDB model IDs must have an @map(\"_id\") annotation.", ctx);
    }

    private static void objectIdTypeRequiredWithAutoAttribute(ScalarFieldWalker field, ValidationContext ctx) {
        if (!isAuto(field)) {
            return;
        }
        NativeTypeAttribute raw = field.rawNativeType();
        if (raw != null && raw.name().equals("ObjectId")) {
            return;
        }
        fieldError(field, "MongoDB `@default(auto())` fields must have `ObjectId` native type.", ctx);
    }

    private static void autoAttributeMustBeAnId(ScalarFieldWalker field, ValidationContext ctx) {
        if (field.isSinglePk() || field.isPartOfCompoundPk() || !isAuto(field)) {
            return;
        }
        fieldError(field, "MongoDB `@default(auto())` fields must have the `@id` attribute.", ctx);
    }

    private static void dbgeneratedAttributeIsNotAllowed(ScalarFieldWalker field, ValidationContext ctx) {
        DefaultValueWalker value = field.defaultValue();
        if (value != null && value.isDbgenerated()) {
            fieldError(field, "The `dbgenerated()` function is not allowed with MongoDB. Please use `auto()` instead.",
                    ctx);
        }
    }

    /** Document keys cannot start with {@code $} or contain dots. */
    private static void fieldNameUsesValidCharacters(ScalarFieldWalker field, ValidationContext ctx) {
        String name = field.mappedName();
        if (name == null) {
            return;
        }
        Span span = field.spanForAttribute("map");
        if (name.startsWith("$")) {
            ctx.error(Messages.attribute("@map", "The field name cannot start with a `$` character"), span);
        }
        if (name.contains(".")) {
            ctx.error(Messages.attribute("@map", "The field name cannot contain a `.` character"), span);
        }
    }

    private static void indexIsNotDefinedMultipleTimesToSameFields(IndexWalker index, ValidationContext ctx) {
        List<IndexFieldWalker> fields = index.scalarFieldAttributes();
        for (IndexWalker other : index.model().indexes()) {
            if (other.data() != index.data() && sameFields(other.scalarFieldAttributes(), fields)) {
                ctx.error(Messages.attribute("@@" + index.astAttribute().name().name(),
                        "Index already exists in the model."), index.astAttribute().span());
                return;
            }
        }
    }

    private static boolean sameFields(List<IndexFieldWalker> a, List<IndexFieldWalker> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).path().equals(b.get(i).path()) || a.get(i).sortOrder() != b.get(i).sortOrder()) {
                return false;
            }
        }
        return true;
    }

    private static void uniqueCannotBeDefinedToIdField(IndexWalker index, ValidationContext ctx) {
        if (!index.isUnique() || index.fields().size() != 1) {
            return;
        }
        ScalarFieldWalker field = index.fields().get(0).asScalarField();
        if (field != null && field.isSinglePk()) {
            ctx.error(Messages.attribute(index.attributeName(), "The same field cannot be an id and unique on MongoDB."),
                    index.astAttribute().span());
        }
    }
}
