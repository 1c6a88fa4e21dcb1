package dev.refract.schema.model;

import dev.refract.model.Index;
import dev.refract.model.IndexField;
import dev.refract.model.IndexType;
import dev.refract.model.PrimaryKey;
import dev.refract.model.SortOrder;
import dev.refract.schema.db.CompositeTypeFieldWalker;
import dev.refract.schema.db.IndexFieldPath;
import dev.refract.schema.db.IndexFieldWalker;
import dev.refract.schema.db.IndexWalker;
import dev.refract.schema.db.ModelWalker;
import dev.refract.schema.db.OperatorClassStore;
import dev.refract.schema.db.PrimaryKeyWalker;
import java.util.ArrayList;
import java.util.List;

/** Converts primary keys and indexes, keeping only options written in the schema. */
final class IndexConversion {
    private IndexConversion() {
    }

    static PrimaryKey primaryKey(ModelWalker m) {
        PrimaryKeyWalker pk = m.primaryKey();
        if (pk == null) {
            return null;
        }
        return new PrimaryKey(fields(pk.scalarFieldAttributes()), pk.name(), pk.mappedName(), pk.clustered(),
                pk.isDefinedOnField());
    }

    static List<Index> indexes(ModelWalker m) {
        List<Index> out = new ArrayList<>();
        for (IndexWalker i : m.indexes()) {
            IndexType type = switch (i.indexType()) {
                case Unique -> IndexType.UNIQUE;
                case Fulltext -> IndexType.FULLTEXT;
                default -> IndexType.NORMAL;
            };
            out.add(new Index(type, fields(i.scalarFieldAttributes()), i.name(), i.mappedName(),
                    i.algorithm() == null ? null : i.algorithm().name(), i.clustered(), i.isDefinedOnField()));
        }
        return out;
    }

    private static List<IndexField> fields(List<IndexFieldWalker> fields) {
        List<IndexField> out = new ArrayList<>();
        for (IndexFieldWalker f : fields) {
            out.add(new IndexField(path(f), sortOrder(f.sortOrder()), f.length(), operatorClass(f.operatorClass())));
        }
        return out;
    }

    // The model field, then each composite type field below it.
    private static List<String> path(IndexFieldWalker f) {
        List<String> names = new ArrayList<>();
        names.add(f.rootField().name());
        for (IndexFieldPath.Segment s : f.path().path()) {
            names.add(new CompositeTypeFieldWalker(f.db(), s.compositeType(), s.fieldIndex()).name());
        }
        return names;
    }

    private static SortOrder sortOrder(dev.refract.schema.db.SortOrder order) {
        if (order == null) {
            return null;
        }
        return order == dev.refract.schema.db.SortOrder.Desc ? SortOrder.DESC : SortOrder.ASC;
    }

    private static String operatorClass(OperatorClassStore ops) {
        if (ops == null) {
            return null;
        }
        return ops.isRaw() ? ops.raw() : ops.constant().name();
    }
}
