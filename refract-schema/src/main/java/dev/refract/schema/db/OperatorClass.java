package dev.refract.schema.db;

/** The PostgreSQL operator classes Prisma knows for the {@code ops:} argument of an index field. */
public enum OperatorClass {
    InetOps, JsonbOps, JsonbPathOps, ArrayOps, TextOps,
    BitMinMaxOps, VarBitMinMaxOps, BpcharBloomOps, BpcharMinMaxOps, ByteaBloomOps, ByteaMinMaxOps,
    DateBloomOps, DateMinMaxOps, DateMinMaxMultiOps, Float4BloomOps, Float4MinMaxOps, Float4MinMaxMultiOps,
    Float8BloomOps, Float8MinMaxOps, Float8MinMaxMultiOps, InetInclusionOps, InetBloomOps, InetMinMaxOps,
    InetMinMaxMultiOps, Int2BloomOps, Int2MinMaxOps, Int2MinMaxMultiOps, Int4BloomOps, Int4MinMaxOps,
    Int4MinMaxMultiOps, Int8BloomOps, Int8MinMaxOps, Int8MinMaxMultiOps, NumericBloomOps, NumericMinMaxOps,
    NumericMinMaxMultiOps, OidBloomOps, OidMinMaxOps, OidMinMaxMultiOps, TextBloomOps, TextMinMaxOps,
    TimestampBloomOps, TimestampMinMaxOps, TimestampMinMaxMultiOps, TimestampTzBloomOps, TimestampTzMinMaxOps,
    TimestampTzMinMaxMultiOps, TimeBloomOps, TimeMinMaxOps, TimeMinMaxMultiOps, TimeTzBloomOps, TimeTzMinMaxOps,
    TimeTzMinMaxMultiOps, UuidBloomOps, UuidMinMaxOps, UuidMinMaxMultiOps;

    /** The class called {@code name}, or null. */
    public static OperatorClass parse(String name) {
        for (OperatorClass c : values()) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        return null;
    }

    /** Whether this class can be used with an index of the given algorithm. */
    public boolean supportsIndexType(IndexAlgorithm algo) {
        return switch (this) {
            case InetOps -> algo == IndexAlgorithm.Gist || algo == IndexAlgorithm.SpGist;
            case JsonbOps, JsonbPathOps, ArrayOps -> algo == IndexAlgorithm.Gin;
            case TextOps -> algo == IndexAlgorithm.SpGist;
            default -> algo == IndexAlgorithm.Brin;
        };
    }
}
