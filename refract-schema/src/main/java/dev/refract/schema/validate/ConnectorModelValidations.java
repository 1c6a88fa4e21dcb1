package dev.refract.schema.validate;

import dev.refract.schema.connector.CockroachConnector;
import dev.refract.schema.connector.Connector;
import dev.refract.schema.connector.KeyKind;
import dev.refract.schema.connector.MySqlConnector;
import dev.refract.schema.connector.NativeType;
import dev.refract.schema.connector.SqlServerConnector;
import dev.refract.schema.db.CompositeTypeFieldWalker;
import dev.refract.schema.db.IndexAlgorithm;
import dev.refract.schema.db.IndexFieldWalker;
import dev.refract.schema.db.IndexWalker;
import dev.refract.schema.db.ModelWalker;
import dev.refract.schema.db.NativeTypeAttribute;
import dev.refract.schema.db.PrimaryKeyWalker;
import dev.refract.schema.db.ReferentialAction;
import dev.refract.schema.db.RelationFieldWalker;
import dev.refract.schema.db.ScalarFieldWalker;
import dev.refract.schema.db.ScalarType;
import dev.refract.schema.diagnostics.Diagnostics;
import dev.refract.schema.diagnostics.Span;
import java.util.List;

/**
 * Prisma's connector-specific model checks ({@code validate_model} of each connector), run once
 * per model and view at the point of Prisma's {@code models::connector_specific}.
 */
final class ConnectorModelValidations {
    private ConnectorModelValidations() {
    }

    static void model(ModelWalker model, ValidationContext ctx) {
        Connector connector = ctx.connector();
        Diagnostics diagnostics = ctx.diagnostics();
        switch (connector.provider()) {
            case "postgresql" -> {
                for (IndexWalker index : model.indexes()) {
                    xmlNotIndexable(index, connector, diagnostics);
                    PostgresIndexValidations.generalizedIndex(index, connector, diagnostics);
                    PostgresIndexValidations.spGistColumnCount(index, diagnostics);
                }
            }
            case "mysql" -> {
                for (IndexWalker index : model.indexes()) {
                    keyFieldTypes(index.scalarFieldAttributes(), index.isUnique() ? KeyKind.UNIQUE : KeyKind.INDEX,
                            index.isFulltext(), index.span(), connector, diagnostics);
                }
                if (model.primaryKey() != null) {
                    keyFieldTypes(model.primaryKey().scalarFieldAttributes(), KeyKind.PRIMARY_KEY, false,
                            model.primaryKey().span(), connector, diagnostics);
                }
                if (ctx.relationMode().usesForeignKeys()) {
                    for (RelationFieldWalker field : model.relationFields()) {
                        setDefaultWarnings(field, diagnostics);
                    }
                }
            }
            case "sqlserver" -> {
                for (IndexWalker index : model.indexes()) {
                    keyFieldTypes(index.fields(), index.isUnique() ? KeyKind.UNIQUE : KeyKind.INDEX, false,
                            index.span(), connector, diagnostics);
                }
                if (model.primaryKey() != null) {
                    sqlServerPrimaryKey(model.primaryKey(), connector, diagnostics);
                }
            }
            case "cockroachdb" -> {
                cockroachAutoincrement(model, diagnostics);
                for (IndexWalker index : model.indexes()) {
                    cockroachInvertedIndex(index, diagnostics);
                }
            }
            case "mongodb" -> MongoModelValidations.model(model, diagnostics);
            default -> { }
        }
    }

    /** The native type of an indexed field, parsed by the connector (problems reported elsewhere). */
    static NativeType nativeType(IndexFieldWalker field, Connector connector) {
        CompositeTypeFieldWalker ct = field.asCompositeTypeField();
        return nativeType(ct != null ? ct.rawNativeType() : field.rootField().rawNativeType(), connector);
    }

    static NativeType nativeType(NativeTypeAttribute raw, Connector connector) {
        return raw == null ? null : connector.parseNativeType(raw.name(), raw.args(), raw.span(), new Diagnostics());
    }

    /** Whether an index of {@code algorithm} can hold a field of this type at all. */
    static boolean supportsFieldType(IndexAlgorithm algorithm, IndexFieldWalker field) {
        var type = field.scalarFieldType();
        if (type.isUnsupported()) {
            return true;
        }
        return switch (algorithm) {
            case BTree, Hash -> true;
            case Gist, SpGist -> type.isString();
            case Gin -> type.isJson() || field.arity().isList();
            case Brin -> type.isString() || type.isBytes() || type.isDateTime() || type.isFloat() || type.isInt()
                    || type.isBigInt() || type.isDecimal();
        };
    }

    // PostgreSQL cannot index XML columns; reported at the field, once per index.
    private static void xmlNotIndexable(IndexWalker index, Connector connector, Diagnostics diagnostics) {
        for (IndexFieldWalker field : index.fields()) {
            NativeType type = nativeType(field, connector);
            String message = type == null ? null
                    : connector.nativeTypeKeyError(type, index.isUnique() ? KeyKind.UNIQUE : KeyKind.INDEX, false,
                    false);
            if (message != null) {
                diagnostics.error(message, field.astField().span());
                return;
            }
        }
    }

    // The first offending field of the key is reported, at the key's attribute.
    private static void keyFieldTypes(List<IndexFieldWalker> fields, KeyKind kind, boolean fulltext, Span span,
                                      Connector connector, Diagnostics diagnostics) {
        for (IndexFieldWalker field : fields) {
            NativeType type = nativeType(field, connector);
            String message = type == null ? null
                    : connector.nativeTypeKeyError(type, kind, field.length() != null, fulltext);
            if (message != null) {
                diagnostics.error(message, span);
                return;
            }
        }
    }

    private static void sqlServerPrimaryKey(PrimaryKeyWalker pk, Connector connector, Diagnostics diagnostics) {
        for (ScalarFieldWalker field : pk.fields()) {
            NativeType type = nativeType(field.rawNativeType(), connector);
            String message = type == null ? null : connector.nativeTypeKeyError(type, KeyKind.PRIMARY_KEY, false, false);
            if (message != null) {
                diagnostics.error(message, pk.span());
                return;
            }
            if (field.scalarType() == ScalarType.Bytes) {
                diagnostics.error(SqlServerConnector.BYTES_IN_ID, pk.span());
                return;
            }
        }
    }

    private static void setDefaultWarnings(RelationFieldWalker field, Diagnostics diagnostics) {
        if (field.explicitOnDelete() == ReferentialAction.SetDefault) {
            Span span = field.explicitOnDeleteSpan();
            diagnostics.warning(MySqlConnector.SET_DEFAULT_WARNING, span != null ? span : field.astField().span());
        }
        if (field.explicitOnUpdate() == ReferentialAction.SetDefault) {
            Span span = field.explicitOnUpdateSpan();
            diagnostics.warning(MySqlConnector.SET_DEFAULT_WARNING, span != null ? span : field.astField().span());
        }
    }

    private static void cockroachAutoincrement(ModelWalker model, Diagnostics diagnostics) {
        for (ScalarFieldWalker field : model.scalarFields()) {
            if (field.defaultValue() != null && field.defaultValue().isAutoincrement()
                    && field.scalarType() == ScalarType.Int) {
                diagnostics.error(CockroachConnector.AUTOINCREMENT_ON_INT, field.defaultValue().astAttribute().span());
            }
        }
    }

    // GIN ("inverted") indexes on CockroachDB: no operator classes, supported types, Json last.
    private static void cockroachInvertedIndex(IndexWalker index, Diagnostics diagnostics) {
        if (index.algorithm() != IndexAlgorithm.Gin) {
            return;
        }
        List<IndexFieldWalker> fields = index.scalarFieldAttributes();
        for (int i = 0; i < fields.size(); i++) {
            IndexFieldWalker field = fields.get(i);
            if (field.operatorClass() != null) {
                diagnostics.error(attribute(index, "Custom operator classes are not supported with the current "
                        + "connector."), index.span());
                return;
            }
            if (!supportsFieldType(IndexAlgorithm.Gin, field)) {
                diagnostics.error(attribute(index, "The Gin index type does not support the type of the field `"
                        + field.name() + "`."), index.span());
            }
            if (field.scalarFieldType().isJson() && i < fields.size() - 1) {
                diagnostics.error(attribute(index, "A `Json` column is only allowed as the last column of an "
                        + "inverted index."), index.span());
            }
        }
    }

    static String attribute(IndexWalker index, String message) {
        return "Error parsing attribute \"" + index.attributeName() + "\": " + message;
    }
}
