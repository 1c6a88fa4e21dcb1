package dev.refract.client;

import dev.refract.engine.ir.OrderBy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The base of generated orderBy builders: keys in the order they are given. */
public abstract class OrderByBuilder {
    private final List<OrderBy> keys = new ArrayList<>();

    /** Where generated keys go. */
    protected final Consumer<OrderBy> sink() {
        return keys::add;
    }

    /** The keys, in priority order. */
    public final List<OrderBy> build() {
        return List.copyOf(keys);
    }
}
