package dev.refract.schema.db;

import java.util.List;

/** A set of fields that identifies a record: the primary key or a unique index. */
public record UniqueCriteriaWalker(ParserDatabase db, List<Types.FieldWithArgs> data) {

    public List<IndexFieldWalker> fields() {
        return data.stream().map(f -> new IndexFieldWalker(db, f)).toList();
    }

    /** Whether every field is required, and none is Unsupported. */
    public boolean isStrictCriteria() {
        for (IndexFieldWalker f : fields()) {
            if (!f.isRequired() || f.scalarFieldType().isUnsupported()) {
                return false;
            }
        }
        return true;
    }

    /** Whether some field of the criteria is optional. */
    public boolean hasOptionalFields() {
        return fields().stream().anyMatch(f -> !f.isRequired());
    }

    /** Whether the criteria consists exactly of the given scalar fields, in any order. */
    public boolean containsExactlyFields(List<ScalarFieldWalker> fields) {
        List<IndexFieldWalker> own = fields();
        if (own.size() != fields.size()) {
            return false;
        }
        return own.stream().allMatch(f -> f.path().isTopLevel()
                && fields.stream().anyMatch(s -> s.id() == f.path().root()));
    }
}
