package dev.refract.schema.validate;

import dev.refract.schema.db.DefaultValueWalker;
import dev.refract.schema.db.IndexFieldWalker;
import dev.refract.schema.db.IndexWalker;
import dev.refract.schema.db.ModelWalker;
import dev.refract.schema.db.NativeTypeAttribute;
import dev.refract.schema.db.PrimaryKeyWalker;
import dev.refract.schema.db.ScalarFieldWalker;
import dev.refract.schema.diagnostics.Diagnostics;
import dev.refract.schema.diagnostics.Span;
import java.util.List;
import java.util.Objects;

/** MongoDB's model checks: ids mapped to {@code _id}, {@code auto()} defaults, field names, indexes. */
final class MongoModelValidations {
    private MongoModelValidations() {
    }

    static void model(ModelWalker model, Diagnostics diagnostics) {
        if (model.primaryKey() == null) {
            diagnostics.error("Invalid model: MongoDB models require exactly one identity field annotated with @id",
                    model.astModel().span());
        } else {
            idMappedToUnderscoreId(model.primaryKey(), diagnostics);
        }
        for (ScalarFieldWalker field : model.scalarFields()) {
            DefaultValueWalker dv = field.defaultValue();
            boolean auto = dv != null && dv.isAuto();
            NativeTypeAttribute nt = field.rawNativeType();
            if (auto && (nt == null || !nt.name().equals("ObjectId"))) {
                fieldError(field, "MongoDB `@default(auto())` fields must have `ObjectId` native type.", diagnostics);
            }
            if (auto && !field.isSinglePk() && !field.isPartOfCompoundPk()) {
                fieldError(field, "MongoDB `@default(auto())` fields must have the `@id` attribute.", diagnostics);
            }
            if (dv != null && dv.isDbgenerated()) {
                fieldError(field, "The `dbgenerated()` function is not allowed with MongoDB. Please use `auto()` "
                        + "instead.", diagnostics);
            }
            fieldNameCharacters(field, diagnostics);
        }
        for (IndexWalker index : model.indexes()) {
            notDefinedTwice(index, diagnostics);
            uniqueNotOnId(index, diagnostics);
        }
    }

    private static void idMappedToUnderscoreId(PrimaryKeyWalker pk, Diagnostics diagnostics) {
        if (pk.fields().size() != 1) {
            return;
        }
        ScalarFieldWalker field = pk.fields().get(0);
        if (field.name().equals("_id") || "_id".equals(field.mappedName())) {
            return;
        }
        String message = field.mappedName() == null ? "MongoDB model IDs must have an @map(\"_id\") annotation."
                : "MongoDB model IDs must have an @map(\"_id\") annotation, found @map(\"" + field.mappedName() + "\").";
        fieldError(field, message, diagnostics);
    }

    private static void fieldNameCharacters(ScalarFieldWalker field, Diagnostics diagnostics) {
        String name = field.mappedName();
        if (name == null) {
            return;
        }
        Span span = field.spanForAttribute("map");
        if (name.startsWith("$")) {
            diagnostics.error("Error parsing attribute \"@map\": The field name cannot start with a `$` character",
                    span);
        }
        if (name.contains(".")) {
            diagnostics.error("Error parsing attribute \"@map\": The field name cannot contain a `.` character", span);
        }
    }

    private static void notDefinedTwice(IndexWalker index, Diagnostics diagnostics) {
        List<IndexFieldWalker> mine = index.scalarFieldAttributes();
        for (IndexWalker other : index.model().indexes()) {
            if (other.astAttribute() != index.astAttribute() && sameFields(other.scalarFieldAttributes(), mine)) {
                diagnostics.error("Error parsing attribute \"@@" + index.astAttribute().name().name()
                        + "\": Index already exists in the model.", index.astAttribute().span());
                return;
            }
        }
    }

    private static boolean sameFields(List<IndexFieldWalker> a, List<IndexFieldWalker> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            IndexFieldWalker x = a.get(i);
            IndexFieldWalker y = b.get(i);
            if (!x.path().equals(y.path()) || x.sortOrder() != y.sortOrder() || !Objects.equals(x.length(), y.length())) {
                return false;
            }
        }
        return true;
    }

    private static void uniqueNotOnId(IndexWalker index, Diagnostics diagnostics) {
        if (!index.isUnique() || index.fields().size() != 1) {
            return;
        }
        ScalarFieldWalker field = index.fields().get(0).asScalarField();
        if (field != null && field.isSinglePk()) {
            diagnostics.error(ConnectorModelValidations.attribute(index,
                    "The same field cannot be an id and unique on MongoDB."), index.span());
        }
    }

    private static void fieldError(ScalarFieldWalker field, String message, Diagnostics diagnostics) {
        String container = field.model().isView() ? "view" : "model";
        diagnostics.error("Error validating field `" + field.name() + "` in " + container + " `"
                + field.model().name() + "`: " + message, field.astField().span());
    }
}
