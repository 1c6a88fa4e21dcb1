package dev.refract.schema.validate;

import static dev.refract.schema.db.OperatorClass.*;

import dev.refract.schema.connector.Connector;
import dev.refract.schema.connector.NativeType;
import dev.refract.schema.db.IndexAlgorithm;
import dev.refract.schema.db.IndexFieldWalker;
import dev.refract.schema.db.IndexWalker;
import dev.refract.schema.db.OperatorClass;
import dev.refract.schema.db.ScalarFieldType;
import dev.refract.schema.diagnostics.Diagnostics;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * PostgreSQL's checks of GiST, GIN, SP-GiST and BRIN indexes: which operator classes go with
 * which index type and which column types. Reported at the index attribute, per field.
 */
final class PostgresIndexValidations {
    private PostgresIndexValidations() {
    }

    // BRIN: the operator classes each native type accepts (no class is always fine).
    private static final Map<String, Set<OperatorClass>> BRIN_BY_NATIVE_TYPE = Map.ofEntries(
            Map.entry("Bit", EnumSet.of(BitMinMaxOps)),
            Map.entry("VarBit", EnumSet.of(VarBitMinMaxOps)),
            Map.entry("Char", EnumSet.of(BpcharBloomOps, BpcharMinMaxOps)),
            Map.entry("Date", EnumSet.of(DateBloomOps, DateMinMaxOps, DateMinMaxMultiOps)),
            Map.entry("Real", EnumSet.of(Float4BloomOps, Float4MinMaxOps, Float4MinMaxMultiOps)),
            Map.entry("DoublePrecision", EnumSet.of(Float8BloomOps, Float8MinMaxOps, Float8MinMaxMultiOps)),
            Map.entry("Inet", EnumSet.of(InetInclusionOps, InetBloomOps, InetMinMaxOps, InetMinMaxMultiOps)),
            Map.entry("SmallInt", EnumSet.of(Int2BloomOps, Int2MinMaxOps, Int2MinMaxMultiOps)),
            Map.entry("Integer", EnumSet.of(Int4BloomOps, Int4MinMaxOps, Int4MinMaxMultiOps)),
            Map.entry("BigInt", EnumSet.of(Int8BloomOps, Int8MinMaxOps, Int8MinMaxMultiOps)),
            Map.entry("Decimal", EnumSet.of(NumericBloomOps, NumericMinMaxOps, NumericMinMaxMultiOps)),
            Map.entry("Oid", EnumSet.of(OidBloomOps, OidMinMaxOps, OidMinMaxMultiOps)),
            Map.entry("ByteA", EnumSet.of(ByteaBloomOps, ByteaMinMaxOps)),
            Map.entry("Text", EnumSet.of(TextBloomOps, TextMinMaxOps)),
            Map.entry("VarChar", EnumSet.of(TextBloomOps, TextMinMaxOps)),
            Map.entry("Timestamp", EnumSet.of(TimestampBloomOps, TimestampMinMaxOps, TimestampMinMaxMultiOps)),
            Map.entry("Timestamptz", EnumSet.of(TimestampTzBloomOps, TimestampTzMinMaxOps, TimestampTzMinMaxMultiOps)),
            Map.entry("Time", EnumSet.of(TimeBloomOps, TimeMinMaxOps, TimeMinMaxMultiOps)),
            Map.entry("Timetz", EnumSet.of(TimeTzBloomOps, TimeTzMinMaxOps, TimeTzMinMaxMultiOps)),
            Map.entry("Uuid", EnumSet.of(UuidBloomOps, UuidMinMaxOps, UuidMinMaxMultiOps)));

    /** BRIN on a field without native type: the Prisma type a class family needs. */
    private record BrinDefault(Predicate<ScalarFieldType> fits, Set<OperatorClass> classes, String typeName) {
    }

    private static final List<BrinDefault> BRIN_WITHOUT_NATIVE_TYPE = List.of(
            new BrinDefault(ScalarFieldType::isFloat,
                    EnumSet.of(Float8BloomOps, Float8MinMaxOps, Float8MinMaxMultiOps), "Float"),
            new BrinDefault(ScalarFieldType::isInt, EnumSet.of(Int4BloomOps, Int4MinMaxOps, Int4MinMaxMultiOps), "Int"),
            new BrinDefault(ScalarFieldType::isBigInt,
                    EnumSet.of(Int8BloomOps, Int8MinMaxOps, Int8MinMaxMultiOps), "BigInt"),
            new BrinDefault(ScalarFieldType::isDecimal,
                    EnumSet.of(NumericBloomOps, NumericMinMaxOps, NumericMinMaxMultiOps), "Decimal"),
            new BrinDefault(ScalarFieldType::isBytes, EnumSet.of(ByteaBloomOps, ByteaMinMaxOps), "Bytes"),
            new BrinDefault(ScalarFieldType::isString, EnumSet.of(TextBloomOps, TextMinMaxOps), "String"),
            new BrinDefault(ScalarFieldType::isDateTime,
                    EnumSet.of(TimestampBloomOps, TimestampMinMaxOps, TimestampMinMaxMultiOps), "DateTime"));

    /** SP-GiST indexes take exactly one column. */
    static void spGistColumnCount(IndexWalker index, Diagnostics diagnostics) {
        if (index.algorithm() == IndexAlgorithm.SpGist && index.fields().size() != 1) {
            diagnostics.error(ConnectorModelValidations.attribute(index,
                    "SpGist does not support multi-column indices."), index.span());
        }
    }

    static void generalizedIndex(IndexWalker index, Connector connector, Diagnostics diagnostics) {
        IndexAlgorithm algo = index.algorithm() != null ? index.algorithm() : IndexAlgorithm.BTree;
        for (IndexFieldWalker field : index.scalarFieldAttributes()) {
            // raw("...") operator classes are the user's responsibility.
            if (field.operatorClass() != null && field.operatorClass().isRaw()) {
                continue;
            }
            NativeType nativeType = ConnectorModelValidations.nativeType(field, connector);
            String nt = nativeType == null ? null : nativeType.name();
            OperatorClass op = field.operatorClass() == null ? null : field.operatorClass().constant();
            if (op != null && !op.supportsIndexType(algo)) {
                error(index, "The given operator class `" + display(op) + "` is not supported with the `" + algo
                        + "` index type.", diagnostics);
                continue;
            }
            // ArrayOps on GIN is decided here: fine on lists and composite fields, else an error.
            if (algo == IndexAlgorithm.Gin && op == ArrayOps) {
                if (field.asScalarField() != null && !field.arity().isList()) {
                    error(index, "The given operator class `ArrayOps` expects the type of field `" + field.name()
                            + "` to be an array.", diagnostics);
                }
                continue;
            }
            String problem = switch (algo) {
                case Gist -> "Inet".equals(nt) && op == InetOps ? null : generic(algo, field, nt, op);
                case Gin -> gin(field, nt, op);
                case SpGist -> spGist(field, nt, op);
                case Brin -> brin(field, nt, op);
                default -> null;
            };
            if (problem != null) {
                error(index, problem, diagnostics);
            }
        }
    }

    private static String gin(IndexFieldWalker field, String nt, OperatorClass op) {
        ScalarFieldType type = field.scalarFieldType();
        if (nt == null && op == null && type.isJson()) {
            return null;
        }
        if (op == null && field.arity().isList()) {
            return null;
        }
        if ("JsonB".equals(nt) && (op == null || op == JsonbOps || op == JsonbPathOps)) {
            return null;
        }
        if (nt == null && (op == JsonbOps || op == JsonbPathOps)) {
            return type.isJson() ? null : "The given operator class `" + display(op) + "` points to the field `" + field.name()
                    + "` that is not of Json type.";
        }
        return generic(IndexAlgorithm.Gin, field, nt, op);
    }

    private static String spGist(IndexFieldWalker field, String nt, OperatorClass op) {
        ScalarFieldType type = field.scalarFieldType();
        if ("Inet".equals(nt) && (op == InetOps || op == null)) {
            return null;
        }
        if (nt == null && op == null && type.isString()) {
            return null;
        }
        if (nt == null && op == TextOps) {
            return type.isString() ? null : notOfType(op, field, "String");
        }
        if (("Text".equals(nt) || "VarChar".equals(nt) || "Char".equals(nt)) && (op == TextOps || op == null)) {
            return null;
        }
        return generic(IndexAlgorithm.SpGist, field, nt, op);
    }

    private static String brin(IndexFieldWalker field, String nt, OperatorClass op) {
        if (nt != null) {
            Set<OperatorClass> allowed = BRIN_BY_NATIVE_TYPE.get(nt);
            if (allowed != null && (op == null || allowed.contains(op))) {
                return null;
            }
            return generic(IndexAlgorithm.Brin, field, nt, op);
        }
        ScalarFieldType type = field.scalarFieldType();
        for (BrinDefault d : BRIN_WITHOUT_NATIVE_TYPE) {
            if (op == null && d.fits().test(type)) {
                return null;
            }
            if (op != null && d.classes().contains(op)) {
                return d.fits().test(type) ? null : notOfType(op, field, d.typeName());
            }
        }
        return generic(IndexAlgorithm.Brin, field, nt, op);
    }

    private static String notOfType(OperatorClass op, IndexFieldWalker field, String typeName) {
        return "The given operator class `" + display(op) + "` points to the field `" + field.name() + "` that is not of "
                + typeName + " type.";
    }

    // The fallback when no rule of the index type accepts the combination.
    private static String generic(IndexAlgorithm algo, IndexFieldWalker field, String nt, OperatorClass op) {
        if (nt != null && op != null) {
            return "The given operator class `" + display(op) + "` does not support native type `" + nt + "` of field `"
                    + field.name() + "`.";
        }
        if (nt != null) {
            return "The " + algo + " index field type `" + nt + "` has no default operator class.";
        }
        if (op != null) {
            return "The given operator class `" + display(op) + "` expects the field `" + field.name()
                    + "` to define a valid native type.";
        }
        return ConnectorModelValidations.supportsFieldType(algo, field) ? null
                : "The " + algo + " index type does not support the type of the field `" + field.name() + "`.";
    }

    // Prisma prints UuidMinMaxMultiOps as `BitMinMaxOps` in messages; kept for identical output.
    private static String display(OperatorClass op) {
        return op == UuidMinMaxMultiOps ? "BitMinMaxOps" : op.name();
    }

    private static void error(IndexWalker index, String message, Diagnostics diagnostics) {
        diagnostics.error(ConnectorModelValidations.attribute(index, message), index.span());
    }
}
