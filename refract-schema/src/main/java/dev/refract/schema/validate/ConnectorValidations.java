package dev.refract.schema.validate;

import dev.refract.schema.connector.Connector;
import dev.refract.schema.connector.KeyKind;
import dev.refract.schema.connector.NativeType;
import dev.refract.schema.db.DefaultValueWalker;
import dev.refract.schema.db.EnumWalker;
import dev.refract.schema.db.IndexAlgorithm;
import dev.refract.schema.db.IndexFieldWalker;
import dev.refract.schema.db.IndexWalker;
import dev.refract.schema.db.ModelWalker;
import dev.refract.schema.db.PrimaryKeyWalker;
import dev.refract.schema.db.ReferentialAction;
import dev.refract.schema.db.RelationFieldWalker;
import dev.refract.schema.db.ScalarFieldWalker;
import dev.refract.schema.db.ScalarType;
import dev.refract.schema.diagnostics.Span;
import java.util.List;

/**
 * The checks one database adds on a model (Prisma's {@code Connector::validate_model}): key
 * columns with native types the database cannot index, MySQL's {@code SetDefault}, CockroachDB's
 * inverted indexes and autoincrement, PostgreSQL's index access methods, MongoDB's ids and names.
 */
final class ConnectorValidations {
    private ConnectorValidations() {
    }

    static void validateModel(ModelWalker model, ValidationContext ctx) {
        switch (ctx.connector().provider()) {
            case "mysql" -> mysql(model, ctx);
            case "postgresql" -> PostgresIndexValidations.validateModel(model, ctx);
            case "sqlserver" -> sqlServer(model, ctx);
            case "cockroachdb" -> cockroach(model, ctx);
            case "mongodb" -> MongoDbValidations.validateModel(model, ctx);
            default -> {
            }
        }
    }

    /** Enum checks of the connector: MySQL enums are column types, outside any schema. */
    static void validateEnum(EnumWalker enm, ValidationContext ctx) {
        if (ctx.connector().provider().equals("mysql") && enm.schemaSpan() != null) {
            ctx.error("MySQL enums do not belong to a schema.", enm.schemaSpan());
        }
    }

    // ---- MySQL -----------------------------------------------------------------------------

    private static void mysql(ModelWalker model, ValidationContext ctx) {
        Connector connector = ctx.connector();
        for (IndexWalker index : model.indexes()) {
            for (IndexFieldWalker field : index.scalarFieldAttributes()) {
                NativeType type = NativeTypes.of(field, connector);
                String message = type == null ? null : connector.nativeTypeKeyError(type,
                        index.isUnique() ? KeyKind.UNIQUE : KeyKind.INDEX, field.length() != null, index.isFulltext());
                if (message != null) {
                    ctx.error(message, index.astAttribute().span());
                    break;
                }
            }
        }
        PrimaryKeyWalker pk = model.primaryKey();
        if (pk != null) {
            for (IndexFieldWalker field : pk.scalarFieldAttributes()) {
                NativeType type = NativeTypes.of(field, connector);
                String message = type == null ? null
                        : connector.nativeTypeKeyError(type, KeyKind.PRIMARY_KEY, field.length() != null, false);
                if (message != null) {
                    ctx.error(message, pk.astAttribute().span());
                    break;
                }
            }
        }
        if (ctx.relationMode().usesForeignKeys()) {
            for (RelationFieldWalker field : model.relationFields()) {
                setDefaultWarning(field, field.explicitOnDelete(), "onDelete", ctx);
                setDefaultWarning(field, field.explicitOnUpdate(), "onUpdate", ctx);
            }
        }
    }

    private static void setDefaultWarning(RelationFieldWalker field, ReferentialAction action, String argument,
                                          ValidationContext ctx) {
        if (action != ReferentialAction.SetDefault) {
            return;
        }
        Span span = Messages.argumentSpan(field.relationAttribute(), argument);
        ctx.warning(ctx.connector().name() + " does not actually support the `SetDefault` referential action, so "
                + "using it may result in unexpected errors. Read more at https://pris.ly/d/mysql-set-default ",
                span != null ? span : field.span());
    }

    // ---- SQL Server ------------------------------------------------------------------------

    private static void sqlServer(ModelWalker model, ValidationContext ctx) {
        Connector connector = ctx.connector();
        for (IndexWalker index : model.indexes()) {
            for (IndexFieldWalker field : index.fields()) {
                NativeType type = NativeTypes.of(field, connector);
                String message = type == null ? null
                        : connector.nativeTypeKeyError(type, index.isUnique() ? KeyKind.UNIQUE : KeyKind.INDEX, false,
                                false);
                if (message != null) {
                    ctx.error(message, index.astAttribute().span());
                    break;
                }
            }
        }
        PrimaryKeyWalker pk = model.primaryKey();
        if (pk == null) {
            return;
        }
        Span span = pk.astAttribute().span();
        for (ScalarFieldWalker field : pk.fields()) {
            NativeType type = NativeTypes.of(field, connector);
            String message = type == null ? null : connector.nativeTypeKeyError(type, KeyKind.PRIMARY_KEY, false, false);
            if (message != null) {
                ctx.error(message, span);
                break;
            }
            if (field.scalarFieldType().asBuiltinScalar() == ScalarType.Bytes) {
                ctx.error(Messages.invalidModel("Using Bytes type is not allowed in the model's id."), span);
                break;
            }
        }
    }

    // ---- CockroachDB -----------------------------------------------------------------------

    private static void cockroach(ModelWalker model, ValidationContext ctx) {
        for (ScalarFieldWalker field : model.scalarFields()) {
            DefaultValueWalker value = field.defaultValue();
            if (value != null && value.isAutoincrement() && field.scalarFieldType().asBuiltinScalar() == ScalarType.Int) {
                ctx.error(Messages.attribute("default", "The `autoincrement()` default function is defined only on "
                        + "BigInt fields on CockroachDB. Use sequence() if you want an autoincrementing Int field."),
                        value.astAttribute().span());
            }
        }
        for (IndexWalker index : model.indexes()) {
            invertedIndex(index, ctx);
        }
    }

    /** CockroachDB's GIN is an inverted index: no operator classes, Json only as the last column. */
    private static void invertedIndex(IndexWalker index, ValidationContext ctx) {
        if (index.algorithm() != IndexAlgorithm.Gin) {
            return;
        }
        List<IndexFieldWalker> fields = index.scalarFieldAttributes();
        for (int i = 0; i < fields.size(); i++) {
            IndexFieldWalker field = fields.get(i);
            if (field.operatorClass() != null) {
                ctx.error(Messages.attribute(index.attributeName(), "Custom operator classes are not supported with "
                        + "the current connector."), index.astAttribute().span());
                return;
            }
            if (!IndexAlgorithms.supportsFieldType(IndexAlgorithm.Gin, field)) {
                ctx.error(Messages.attribute(index.attributeName(), "The Gin index type does not support the type of "
                        + "the field `" + field.name() + "`."), index.astAttribute().span());
            }
            if (field.scalarFieldType().isJson() && i < fields.size() - 1) {
                ctx.error(Messages.attribute(index.attributeName(), "A `Json` column is only allowed as the last "
                        + "column of an inverted index."), index.astAttribute().span());
            }
        }
    }
}
