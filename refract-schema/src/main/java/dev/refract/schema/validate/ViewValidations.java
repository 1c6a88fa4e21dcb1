package dev.refract.schema.validate;

import dev.refract.schema.config.PreviewFeature;
import dev.refract.schema.db.IndexFieldWalker;
import dev.refract.schema.db.IndexWalker;
import dev.refract.schema.db.ModelWalker;

/**
 * Checks on views: the {@code views} preview feature, and keys, which views do not have in the
 * database (no primary key, no indexes, and uniques that are only client-side).
 */
final class ViewValidations {
    private ViewValidations() {
    }

    static void viewDefinitionWithoutPreviewFlag(ModelWalker view, ValidationContext ctx) {
        if (!ctx.hasPreviewFeature(PreviewFeature.VIEWS)) {
            ctx.error(Messages.validation("View definitions are only available with the `views` preview feature."),
                    view.span());
        }
    }

    /** Views are not tables: no primary key. */
    static void viewsCannotHavePrimaryKeys(ModelWalker view, ValidationContext ctx) {
        if (view.primaryKey() != null) {
            ctx.error(Messages.validation("Views cannot have primary keys."), view.primaryKey().astAttribute().span());
        }
    }

    /** No indexes; uniques without database name and clustering, in index order. */
    static void viewKeys(ModelWalker view, ValidationContext ctx) {
        for (IndexWalker index : view.indexes()) {
            if (!index.isUnique()) {
                ctx.error(Messages.validation("Views cannot have indexes."), index.astAttribute().span());
            }
            if (index.mappedName() != null) {
                ctx.error(Messages.validation("@@unique annotations on views are not backed by unique indexes in the "
                        + "database and cannot specify a mapped database name."), index.astAttribute().span());
            }
            if (index.clustered() != null) {
                ctx.error(Messages.validation("@@unique annotations on views are not backed by unique indexes in the "
                        + "database and cannot be clustered."), index.astAttribute().span());
            }
        }
    }

    /** The fields of a view's unique take no {@code sort:}, {@code length:} or {@code ops:}: one error per field. */
    static void indexFieldsHaveNoArguments(IndexWalker index, ValidationContext ctx) {
        for (IndexFieldWalker field : index.scalarFieldAttributes()) {
            if (field.sortOrder() != null || field.length() != null || field.operatorClass() != null) {
                ctx.error(Messages.attribute(index.attributeName(), "Scalar fields in @@unique attributes in views "
                        + "cannot have arguments."), index.astAttribute().span());
            }
        }
    }
}
