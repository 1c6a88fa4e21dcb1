package dev.refract.schema.validate;

import dev.refract.schema.connector.Capability;
import dev.refract.schema.db.IndexWalker;
import dev.refract.schema.db.ModelWalker;
import dev.refract.schema.db.PrimaryKeyWalker;
import dev.refract.schema.db.ScalarFieldWalker;
import java.util.List;

/** Where {@code @default(autoincrement())} may be used, per connector. */
final class AutoincrementValidations {
    private AutoincrementValidations() {
    }

    static void validateAutoIncrement(ModelWalker model, ValidationContext ctx) {
        List<ScalarFieldWalker> fields = model.scalarFields().stream().filter(ScalarFieldWalker::isAutoincrement)
                .toList();
        if (fields.isEmpty()) {
            return;
        }
        // Without support at all, every use is an error and the detailed checks are moot.
        if (!ctx.has(Capability.AUTO_INCREMENT)) {
            for (ScalarFieldWalker field : fields) {
                ctx.error(Messages.attribute("@default", "The `autoincrement()` default value is used with a "
                        + "datasource that does not support it."), FieldValidations.defaultAttribute(field.astField())
                        .span());
            }
            return;
        }
        if (!ctx.has(Capability.AUTO_INCREMENT_MULTIPLE_ALLOWED) && fields.size() > 1) {
            ctx.error(Messages.attribute("@default", "The `autoincrement()` default value is used multiple times on "
                    + "this model even though the underlying datasource only supports one instance per table."),
                    model.span());
        }
        for (ScalarFieldWalker field : fields) {
            if (!ctx.has(Capability.AUTO_INCREMENT_ALLOWED_ON_NON_ID) && !field.isSinglePk()) {
                ctx.error(Messages.attribute("@default", "The `autoincrement()` default value is used on a non-id "
                        + "field even though the datasource does not support this."), field.span());
            }
            if (!ctx.has(Capability.AUTO_INCREMENT_NON_INDEXED_ALLOWED) && !isIndexedForAutoincrement(model, field)) {
                ctx.error(Messages.attribute("@default", "The `autoincrement()` default value is used on a "
                        + "non-indexed field even though the datasource does not support this."), field.span());
            }
        }
    }

    /** Whether {@code field} leads an index or the primary key (MySQL needs that for AUTO_INCREMENT). */
    private static boolean isIndexedForAutoincrement(ModelWalker model, ScalarFieldWalker field) {
        for (IndexWalker index : model.indexes()) {
            if (!index.fields().isEmpty() && index.fields().get(0).path().isTopLevel()
                    && index.fields().get(0).path().root() == field.id()) {
                return true;
            }
        }
        PrimaryKeyWalker pk = model.primaryKey();
        return pk != null && !pk.fields().isEmpty() && pk.fields().get(0).id() == field.id();
    }
}
