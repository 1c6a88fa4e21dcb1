package dev.refract.schema.db;

import dev.refract.schema.ast.Attribute;
import dev.refract.schema.diagnostics.Span;
import java.util.List;

/** The primary key of a model: {@code @id} on a field or {@code @@id([...])}. */
public record PrimaryKeyWalker(ParserDatabase db, ModelId modelId, Types.IdData data) {

    public ModelWalker model() {
        return new ModelWalker(db, modelId);
    }

    /** The client name ({@code name:} of {@code @@id}), or null. */
    public String name() {
        return data.name;
    }

    /** The constraint name ({@code map:}), or null. */
    public String mappedName() {
        return data.mappedName;
    }

    public Boolean clustered() {
        return data.clustered;
    }

    List<Types.FieldWithArgs> fieldsWithArgs() {
        return data.fields;
    }

    /** The key's fields (model fields; {@code @@id} does not follow composite types). */
    public List<ScalarFieldWalker> fields() {
        return data.fields.stream().map(f -> new ScalarFieldWalker(db, f.path().root())).toList();
    }

    /** The key's fields with their {@code sort:} and {@code length:}. */
    public List<IndexFieldWalker> scalarFieldAttributes() {
        return data.fields.stream().map(f -> new IndexFieldWalker(db, f)).toList();
    }

    /** {@code @id} or {@code @@id}, as messages name the attribute. */
    public String attributeName() {
        return isDefinedOnField() ? "@id" : "@@id";
    }

    /** Whether this is a field-level {@code @id}. */
    public boolean isDefinedOnField() {
        return data.sourceFieldIndex >= 0;
    }

    /** The field carrying {@code @id}, or null for {@code @@id}. */
    public FieldWalker sourceField() {
        return data.sourceFieldIndex < 0 ? null : new FieldWalker(db, modelId, data.sourceFieldIndex);
    }

    public Attribute astAttribute() {
        return data.sourceAttribute;
    }

    public Span span() {
        return data.sourceAttribute.span();
    }

    /** Whether the key covers exactly the given fields, in this order. */
    public boolean containsExactlyFields(List<ScalarFieldWalker> fields) {
        List<ScalarFieldWalker> own = fields();
        if (own.size() != fields.size()) {
            return false;
        }
        for (int i = 0; i < own.size(); i++) {
            if (own.get(i).id() != fields.get(i).id()) {
                return false;
            }
        }
        return true;
    }
}
