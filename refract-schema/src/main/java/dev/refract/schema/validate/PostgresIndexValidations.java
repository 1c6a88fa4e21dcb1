package dev.refract.schema.validate;

import static dev.refract.schema.db.OperatorClass.*;

import dev.refract.schema.connector.KeyKind;
import dev.refract.schema.connector.NativeType;
import dev.refract.schema.db.IndexAlgorithm;
import dev.refract.schema.db.IndexFieldWalker;
import dev.refract.schema.db.IndexWalker;
import dev.refract.schema.db.ModelWalker;
import dev.refract.schema.db.OperatorClass;
import dev.refract.schema.db.ScalarFieldType;
import dev.refract.schema.db.ScalarFieldWalker;
import dev.refract.schema.db.ScalarType;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * PostgreSQL's index checks: Xml columns cannot be indexed, SP-GiST takes one column, and the
 * operator classes of GiST, GIN, SP-GiST and BRIN must fit the indexed field's native type
 * (or, without a native type, its scalar type).
 */
final class PostgresIndexValidations {
    /** BRIN: the operator classes each native type accepts (no class at all is always fine). */
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

    /** BRIN without native type: the operator class families tied to one scalar type. */
    private static final Map<OperatorClass, ScalarType> BRIN_BY_SCALAR_TYPE = Map.ofEntries(
            Map.entry(Float8BloomOps, ScalarType.Float), Map.entry(Float8MinMaxOps, ScalarType.Float),
            Map.entry(Float8MinMaxMultiOps, ScalarType.Float),
            Map.entry(Int4BloomOps, ScalarType.Int), Map.entry(Int4MinMaxOps, ScalarType.Int),
            Map.entry(Int4MinMaxMultiOps, ScalarType.Int),
            Map.entry(Int8BloomOps, ScalarType.BigInt), Map.entry(Int8MinMaxOps, ScalarType.BigInt),
            Map.entry(Int8MinMaxMultiOps, ScalarType.BigInt),
            Map.entry(NumericBloomOps, ScalarType.Decimal), Map.entry(NumericMinMaxOps, ScalarType.Decimal),
            Map.entry(NumericMinMaxMultiOps, ScalarType.Decimal),
            Map.entry(ByteaBloomOps, ScalarType.Bytes), Map.entry(ByteaMinMaxOps, ScalarType.Bytes),
            Map.entry(TextBloomOps, ScalarType.String), Map.entry(TextMinMaxOps, ScalarType.String),
            Map.entry(TimestampBloomOps, ScalarType.DateTime), Map.entry(TimestampMinMaxOps, ScalarType.DateTime),
            Map.entry(TimestampMinMaxMultiOps, ScalarType.DateTime));

    /** BRIN without native type and without class: the scalar types it indexes by default. */
    private static final Set<ScalarType> BRIN_DEFAULT_SCALARS = EnumSet.of(ScalarType.Float, ScalarType.Int,
            ScalarType.BigInt, ScalarType.Decimal, ScalarType.Bytes, ScalarType.String, ScalarType.DateTime);

    private PostgresIndexValidations() {
    }

    static void validateModel(ModelWalker model, ValidationContext ctx) {
        for (IndexWalker index : model.indexes()) {
            compatibleNativeTypes(index, ctx);
            generalizedIndexValidations(index, ctx);
            spgistIndexedColumnCount(index, ctx);
        }
    }

    /** Xml columns cannot be part of an index or unique constraint. */
    private static void compatibleNativeTypes(IndexWalker index, ValidationContext ctx) {
        for (IndexFieldWalker field : index.fields()) {
            NativeType type = NativeTypes.of(field, ctx.connector());
            String message = type == null ? null : ctx.connector().nativeTypeKeyError(type,
                    index.isUnique() ? KeyKind.UNIQUE : KeyKind.INDEX, false, false);
            if (message != null) {
                ctx.error(message, field.astField().span());
                break;
            }
        }
    }

    private static void spgistIndexedColumnCount(IndexWalker index, ValidationContext ctx) {
        if (index.algorithm() == IndexAlgorithm.SpGist && index.fields().size() != 1) {
            error(index, "SpGist does not support multi-column indices.", ctx);
        }
    }

    private static void error(IndexWalker index, String message, ValidationContext ctx) {
        ctx.error(Messages.attribute(index.attributeName(), message), index.astAttribute().span());
    }

    private static void generalizedIndexValidations(IndexWalker index, ValidationContext ctx) {
        IndexAlgorithm algo = index.algorithm() == null ? IndexAlgorithm.BTree : index.algorithm();
        for (IndexFieldWalker field : index.scalarFieldAttributes()) {
            if (field.operatorClass() != null && field.operatorClass().isRaw()) {
                continue;
            }
            OperatorClass opclass = field.operatorClass() == null ? null : field.operatorClass().constant();
            if (opclass != null && !opclass.supportsIndexType(algo)) {
                error(index, "The given operator class `" + display(opclass) + "` is not supported with the `" + algo
                        + "` index type.", ctx);
                continue;
            }
            NativeType nativeType = NativeTypes.of(field, ctx.connector());
            String nt = nativeType == null ? null : nativeType.name();
            ScalarFieldType type = field.scalarFieldType();
            switch (algo) {
                case Gist -> {
                    if (!("Inet".equals(nt) && opclass == InetOps)) {
                        mismatch(index, field, algo, nt, opclass, ctx);
                    }
                }
                case Gin -> gin(index, field, nt, opclass, type, ctx);
                case SpGist -> spgist(index, field, nt, opclass, type, ctx);
                case Brin -> brin(index, field, nt, opclass, type, ctx);
                default -> {
                }
            }
        }
    }

    private static void gin(IndexWalker index, IndexFieldWalker field, String nt, OperatorClass opclass,
                            ScalarFieldType type, ValidationContext ctx) {
        boolean jsonbOps = opclass == JsonbOps || opclass == JsonbPathOps;
        if (nt == null && opclass == null && type.isJson()) {
            return;
        }
        if (opclass == null && field.arity().isList()) {
            return;
        }
        if ("JsonB".equals(nt) && (jsonbOps || opclass == null)) {
            return;
        }
        if (nt == null && jsonbOps) {
            if (!type.isJson()) {
                error(index, "The given operator class `" + display(opclass) + "` points to the field `" + field.name()
                        + "` that is not of Json type.", ctx);
            }
            return;
        }
        if (opclass == ArrayOps) {
            ScalarFieldWalker scalar = field.asScalarField();
            if (scalar != null && !scalar.isList()) {
                error(index, "The given operator class `ArrayOps` expects the type of field `" + field.name()
                        + "` to be an array.", ctx);
            }
            return;
        }
        mismatch(index, field, IndexAlgorithm.Gin, nt, opclass, ctx);
    }

    private static void spgist(IndexWalker index, IndexFieldWalker field, String nt, OperatorClass opclass,
                               ScalarFieldType type, ValidationContext ctx) {
        if ("Inet".equals(nt) && (opclass == InetOps || opclass == null)) {
            return;
        }
        if (nt == null && opclass == null && type.isString()) {
            return;
        }
        if (nt == null && opclass == TextOps) {
            if (!type.isString()) {
                error(index, "The given operator class `TextOps` points to the field `" + field.name()
                        + "` that is not of String type.", ctx);
            }
            return;
        }
        if (("Text".equals(nt) || "VarChar".equals(nt) || "Char".equals(nt)) && (opclass == TextOps || opclass == null)) {
            return;
        }
        mismatch(index, field, IndexAlgorithm.SpGist, nt, opclass, ctx);
    }

    private static void brin(IndexWalker index, IndexFieldWalker field, String nt, OperatorClass opclass,
                             ScalarFieldType type, ValidationContext ctx) {
        if (nt != null) {
            Set<OperatorClass> allowed = BRIN_BY_NATIVE_TYPE.get(nt);
            if (allowed != null && (opclass == null || allowed.contains(opclass))) {
                return;
            }
        } else {
            ScalarType scalar = type.asBuiltinScalar();
            if (opclass == null && scalar != null && BRIN_DEFAULT_SCALARS.contains(scalar)) {
                return;
            }
            ScalarType expected = opclass == null ? null : BRIN_BY_SCALAR_TYPE.get(opclass);
            if (expected != null) {
                if (scalar != expected) {
                    error(index, "The given operator class `" + display(opclass) + "` points to the field `" + field.name()
                            + "` that is not of " + expected.asStr() + " type.", ctx);
                }
                return;
            }
        }
        mismatch(index, field, IndexAlgorithm.Brin, nt, opclass, ctx);
    }

    /** An operator class as Prisma prints it (its Display maps UuidMinMaxMultiOps to BitMinMaxOps). */
    private static String display(OperatorClass opclass) {
        return opclass == UuidMinMaxMultiOps ? "BitMinMaxOps" : opclass.name();
    }

    /** The generic complaint once no rule accepted the field. */
    private static void mismatch(IndexWalker index, IndexFieldWalker field, IndexAlgorithm algo, String nt,
                                 OperatorClass opclass, ValidationContext ctx) {
        if (nt != null && opclass != null) {
            error(index, "The given operator class `" + display(opclass) + "` does not support native type `" + nt
                    + "` of field `" + field.name() + "`.", ctx);
        } else if (nt != null) {
            error(index, "The " + algo + " index field type `" + nt + "` has no default operator class.", ctx);
        } else if (opclass != null) {
            error(index, "The given operator class `" + display(opclass) + "` expects the field `" + field.name()
                    + "` to define a valid native type.", ctx);
        } else if (!IndexAlgorithms.supportsFieldType(algo, field)) {
            error(index, "The " + algo + " index type does not support the type of the field `" + field.name() + "`.",
                    ctx);
        }
    }
}
