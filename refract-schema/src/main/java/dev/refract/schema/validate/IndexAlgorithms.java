package dev.refract.schema.validate;

import dev.refract.schema.db.IndexAlgorithm;
import dev.refract.schema.db.IndexFieldWalker;
import dev.refract.schema.db.ScalarFieldType;

/** Which field types an index access method can index without an explicit operator class. */
final class IndexAlgorithms {
    private IndexAlgorithms() {
    }

    static boolean supportsFieldType(IndexAlgorithm algorithm, IndexFieldWalker field) {
        ScalarFieldType type = field.scalarFieldType();
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
}
