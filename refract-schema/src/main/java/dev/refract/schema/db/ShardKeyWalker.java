package dev.refract.schema.db;

import dev.refract.schema.ast.Attribute;
import java.util.List;

/** The shard key of a model: {@code @shardKey} on a field or {@code @@shardKey([...])}. */
public record ShardKeyWalker(ParserDatabase db, ModelId modelId, Types.ShardKeyData data) {

    public List<ScalarFieldWalker> fields() {
        return data.fields.stream().map(i -> new ScalarFieldWalker(db, i)).toList();
    }

    public boolean isDefinedOnField() {
        return data.sourceFieldIndex >= 0;
    }

    public Attribute astAttribute() {
        return data.sourceAttribute;
    }
}
