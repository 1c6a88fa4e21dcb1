package dev.refract.schema.db;

import dev.refract.schema.ast.Attribute;
import dev.refract.schema.diagnostics.Span;
import java.util.List;

/** An {@code @@index}, {@code @@unique}, {@code @unique} or {@code @@fulltext}. */
public record IndexWalker(ParserDatabase db, ModelId modelId, Types.IndexData data) {

    public ModelWalker model() {
        return new ModelWalker(db, modelId);
    }

    public IndexType indexType() {
        return data.type;
    }

    public boolean isUnique() {
        return data.type == IndexType.Unique;
    }

    public boolean isFulltext() {
        return data.type == IndexType.Fulltext;
    }

    public boolean isNormal() {
        return data.type == IndexType.Normal;
    }

    /** The client-facing {@code name:} (only {@code @@unique}), or null. */
    public String name() {
        return data.name;
    }

    /** The constraint name from {@code map:} (or legacy {@code name:} on {@code @@index}), or null. */
    public String mappedName() {
        return data.mappedName;
    }

    /** The {@code type:} argument, or null. */
    public IndexAlgorithm algorithm() {
        return data.algorithm;
    }

    /** The {@code clustered:} argument, or null. */
    public Boolean clustered() {
        return data.clustered;
    }

    /** The indexed fields with their arguments. */
    public List<IndexFieldWalker> scalarFieldAttributes() {
        return data.fields.stream().map(f -> new IndexFieldWalker(db, f)).toList();
    }

    /** The indexed fields with their arguments (same as {@link #scalarFieldAttributes()}). */
    public List<IndexFieldWalker> fields() {
        return scalarFieldAttributes();
    }

    /** Whether this is a field-level {@code @unique}. */
    public boolean isDefinedOnField() {
        return data.sourceField >= 0;
    }

    /** The field carrying a field-level {@code @unique}, or null. */
    public ScalarFieldWalker sourceField() {
        return data.sourceField < 0 ? null : new ScalarFieldWalker(db, data.sourceField);
    }

    public Attribute astAttribute() {
        return data.attribute;
    }

    public Span span() {
        return data.attribute.span();
    }

    /** How the attribute is written, for messages: {@code @unique}, {@code @@unique}, {@code @@index}, {@code @@fulltext}. */
    public String attributeName() {
        return switch (data.type) {
            case Unique -> isDefinedOnField() ? "@unique" : "@@unique";
            case Normal -> "@@index";
            case Fulltext -> "@@fulltext";
        };
    }

    /** Whether the index covers exactly the given top-level scalar fields, in this order. */
    public boolean containsExactlyFields(List<ScalarFieldWalker> fields) {
        if (data.fields.size() != fields.size()) {
            return false;
        }
        for (int i = 0; i < fields.size(); i++) {
            IndexFieldPath p = data.fields.get(i).path();
            if (!p.isTopLevel() || p.root() != fields.get(i).id()) {
                return false;
            }
        }
        return true;
    }
}
