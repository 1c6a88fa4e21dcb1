package dev.refract.client;

import dev.refract.engine.ir.FieldWrite;
import dev.refract.engine.ir.NestedWrite;
import dev.refract.engine.ir.WriteData;
import dev.refract.model.ScalarField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The base of generated create and update builders: scalar assignments (the last one per field
 * wins) and nested writes, in the order given.
 *
 * @param <B> the generated builder itself
 */
public abstract class WriteBuilder<B extends WriteBuilder<B>> {
    private final Map<String, FieldWrite> scalars = new LinkedHashMap<>();
    private final List<NestedWrite> nested = new ArrayList<>();

    /** This builder, typed. */
    protected abstract B self();

    /** Sets {@code field} to {@code value} (Java null is SQL NULL). */
    protected final B set(ScalarField field, Object value) {
        Object v = value instanceof Enum<?> e ? SchemaEnum.nameOf(e) : value;
        scalars.put(field.name(), FieldWrite.set(field, v));
        return self();
    }

    /** Sets a list of enum values by their schema names. */
    protected final B setEnums(ScalarField field, List<? extends Enum<?>> values) {
        List<String> names = new ArrayList<>();
        for (Enum<?> e : values) {
            names.add(SchemaEnum.nameOf(e));
        }
        scalars.put(field.name(), FieldWrite.set(field, names));
        return self();
    }

    /** Writes {@code field} with an atomic operation. */
    protected final B atomic(ScalarField field, Atomic<?> op) {
        scalars.put(field.name(), new FieldWrite(field, op.op(), op.value()));
        return self();
    }

    /** Adds a nested write. */
    protected final B nested(NestedWrite write) {
        if (write != null) {
            nested.add(write);
        }
        return self();
    }

    /** Adds nested writes. */
    protected final B nested(List<NestedWrite> writes) {
        nested.addAll(writes);
        return self();
    }

    /** Applies a required relation's link: its nested write, or its foreign key values. */
    protected final B applyLink(Link<?> link) {
        for (FieldWrite k : link.keys()) {
            scalars.put(k.field().name(), k);
        }
        nested.addAll(link.writes());
        return self();
    }

    /** The data built. */
    public final WriteData build() {
        return new WriteData(List.copyOf(scalars.values()), nested);
    }
}
