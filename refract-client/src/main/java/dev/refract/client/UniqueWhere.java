package dev.refract.client;

import dev.refract.engine.ir.Filter;
import java.util.Objects;

/**
 * The base of generated whereUnique types: a selector of one record by a unique field or a
 * compound unique. Generated types offer only those as factories, so a non-unique field cannot be
 * used where one record is meant.
 */
public abstract class UniqueWhere {
    private final Filter filter;

    protected UniqueWhere(Filter filter) {
        this.filter = Objects.requireNonNull(filter, "filter");
    }

    /** The selector as a filter. */
    public final Filter filter() {
        return filter;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + filter + "]";
    }
}
