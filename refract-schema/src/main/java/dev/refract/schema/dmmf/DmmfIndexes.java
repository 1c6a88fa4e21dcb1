package dev.refract.schema.dmmf;

import dev.refract.model.Index;
import dev.refract.model.IndexField;
import dev.refract.model.Model;
import dev.refract.model.PrimaryKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The DMMF {@code indexes} entries of one model: its primary key first, then its indexes in order. */
final class DmmfIndexes {
    private DmmfIndexes() {
    }

    static List<Object> of(Model m) {
        List<Object> out = new ArrayList<>();
        PrimaryKey pk = m.primaryKey();
        if (pk != null) {
            out.add(entry(m, "id", pk.definedOnField(), pk.name(), pk.dbName(), null, pk.clustered(), pk.fields()));
        }
        for (Index i : m.indexes()) {
            out.add(entry(m, DatamodelDmmf.lower(i.type()), i.definedOnField(), i.name(), i.dbName(), i.algorithm(),
                    i.clustered(), i.fields()));
        }
        return out;
    }

    private static Map<String, Object> entry(Model m, String type, boolean definedOnField, String name, String dbName,
                                             String algorithm, Boolean clustered, List<IndexField> fields) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("model", m.name());
        out.put("type", type);
        out.put("isDefinedOnField", definedOnField);
        DatamodelDmmf.putIfPresent(out, "name", name);
        DatamodelDmmf.putIfPresent(out, "dbName", dbName);
        DatamodelDmmf.putIfPresent(out, "algorithm", algorithm);
        DatamodelDmmf.putIfPresent(out, "clustered", clustered);
        List<Object> fieldList = new ArrayList<>();
        for (IndexField f : fields) {
            Map<String, Object> field = new LinkedHashMap<>();
            field.put("name", f.name());
            if (f.sortOrder() != null) {
                field.put("sortOrder", DatamodelDmmf.lower(f.sortOrder()));
            }
            DatamodelDmmf.putIfPresent(field, "length", f.length());
            DatamodelDmmf.putIfPresent(field, "operatorClass", f.operatorClass());
            fieldList.add(field);
        }
        out.put("fields", fieldList);
        return out;
    }
}
