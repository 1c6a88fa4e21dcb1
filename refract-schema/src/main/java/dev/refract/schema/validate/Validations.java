package dev.refract.schema.validate;

import dev.refract.schema.config.Configuration;
import dev.refract.schema.config.DatasourceChecks;
import dev.refract.schema.db.ModelWalker;
import dev.refract.schema.db.ParserDatabase;
import dev.refract.schema.db.RelationFieldWalker;
import dev.refract.schema.diagnostics.Diagnostic;
import dev.refract.schema.diagnostics.Diagnostics;
import dev.refract.schema.validate.relations.RelationContext;
import dev.refract.schema.validate.relations.RelationNames;
import java.util.ArrayList;
import java.util.List;

/** The connector-aware checklist run on a schema that parsed and resolved without errors. */
public final class Validations {
    private Validations() {
    }

    public static void validate(ParserDatabase db, Configuration configuration, Diagnostics diagnostics) {
        // Prisma's order: composite type fields, datasource checks, then per model its scalar fields.
        for (var compositeType : db.walkCompositeTypes()) {
            for (var field : compositeType.fields()) {
                NativeTypeValidations.compositeTypeField(field, configuration, diagnostics);
            }
        }
        DatasourceChecks.validate(configuration, diagnostics);

        RelationContext relationContext = RelationContext.of(db, configuration, diagnostics);
        RelationNames relationNames = RelationNames.of(db);
        List<ModelWalker> modelsAndViews = new ArrayList<>(db.walkModels());
        modelsAndViews.addAll(db.walkViews());
        for (ModelWalker model : modelsAndViews) {
            for (var field : model.scalarFields()) {
                NativeTypeValidations.scalarField(field, configuration, diagnostics);
            }
            for (RelationFieldWalker field : model.relationFields()) {
                Diagnostic ambiguous = RelationValidations.ambiguity(field, relationNames);
                if (ambiguous != null) {
                    diagnostics.push(ambiguous);
                    return;
                }
                RelationValidations.relationField(field, relationContext);
            }
        }
        RelationValidations.relations(db, relationContext);
    }
}
