package dev.refract.client;

import dev.refract.engine.ir.Filter;
import dev.refract.model.ScalarField;
import java.util.function.Consumer;

/**
 * Conditions on a String field: comparisons plus contains, startsWith and endsWith;
 * {@link #insensitive()} gives the same conditions with Prisma's {@code mode: insensitive}.
 *
 * @param <W> the where builder it belongs to
 */
public class StringFilter<W> extends ComparableFilter<String, W> {
    private final ScalarField field;
    private final W owner;
    private final Consumer<Filter> sink;
    private final boolean insensitive;

    public StringFilter(ScalarField field, W owner, Consumer<Filter> sink) {
        this(field, owner, sink, false);
    }

    private StringFilter(ScalarField field, W owner, Consumer<Filter> sink, boolean insensitive) {
        super(field, owner, sink);
        this.field = field;
        this.owner = owner;
        this.sink = sink;
        this.insensitive = insensitive;
    }

    /** The same conditions, case-insensitive ({@code mode: insensitive}). */
    public StringFilter<W> insensitive() {
        return new StringFilter<>(field, owner, sink, true);
    }

    @Override
    public W eq(String value) {
        return add(Filter.ScalarOp.EQUALS, value, insensitive);
    }

    /** Contains {@code value}. */
    public W contains(String value) {
        return add(Filter.ScalarOp.CONTAINS, value, insensitive);
    }

    /** Starts with {@code value}. */
    public W startsWith(String value) {
        return add(Filter.ScalarOp.STARTS_WITH, value, insensitive);
    }

    /** Ends with {@code value}. */
    public W endsWith(String value) {
        return add(Filter.ScalarOp.ENDS_WITH, value, insensitive);
    }
}
