package dev.refract.client;

import dev.refract.engine.ir.Aggregate;
import dev.refract.engine.ir.Filter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * groupBy's {@code having}: conditions on the groups, on a grouped field or on an aggregate of a
 * field, all of which must hold: {@code h.avg(Post.Fields.views).gt(3.0).count(Post.Fields.id).gte(2L)}.
 * The operand is typed as the aggregate is (avg a Double, or a BigDecimal for Decimal; count a Long).
 */
public final class Having {
    private final List<Filter> filters = new ArrayList<>();

    /** Conditions on a grouped field. */
    public <T> ComparableFilter<T, Having> field(Ref<T> field) {
        return new Condition<>(field, filters::add);
    }

    /** Conditions on the number of non-null values of {@code field}. */
    public ComparableFilter<Long, Having> count(Ref<?> field) {
        return new Condition<>(field, aggregated(Aggregate.Function.COUNT));
    }

    /** Conditions on the average of {@code field}. */
    public <A> ComparableFilter<A, Having> avg(Ref.Num<?, A> field) {
        return new Condition<>(field, aggregated(Aggregate.Function.AVG));
    }

    /** Conditions on the sum of {@code field}. */
    public <T extends Number> ComparableFilter<T, Having> sum(Ref.Num<T, ?> field) {
        return new Condition<>(field, aggregated(Aggregate.Function.SUM));
    }

    /** Conditions on the smallest value of {@code field}. */
    public <T> ComparableFilter<T, Having> min(Ref<T> field) {
        return new Condition<>(field, aggregated(Aggregate.Function.MIN));
    }

    /** Conditions on the largest value of {@code field}. */
    public <T> ComparableFilter<T, Having> max(Ref<T> field) {
        return new Condition<>(field, aggregated(Aggregate.Function.MAX));
    }

    private Consumer<Filter> aggregated(Aggregate.Function function) {
        return f -> filters.add(new Filter.Aggregated(function, (Filter.Scalar) f));
    }

    /** The conditions built, {@link Filter#TRUE} for none. */
    public Filter build() {
        return filters.isEmpty() ? Filter.TRUE : Filter.and(List.copyOf(filters));
    }

    /** A condition whose enum operands are written by their schema names. */
    private final class Condition<T> extends ComparableFilter<T, Having> {
        Condition(Ref<?> field, Consumer<Filter> sink) {
            super(field.field(), Having.this, sink);
        }

        @Override
        protected Object value(T value) {
            return value instanceof Enum<?> e ? SchemaEnum.nameOf(e) : value;
        }
    }
}
