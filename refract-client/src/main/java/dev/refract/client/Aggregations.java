package dev.refract.client;

import dev.refract.engine.ir.Aggregate;
import dev.refract.model.ScalarField;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The aggregates an aggregate or groupBy asks for ({@code _count}, {@code _avg}, {@code _sum},
 * {@code _min}, {@code _max}), in the engine's IR.
 *
 * @param <A> the arguments builder that owns it, returned by every method
 */
public abstract class Aggregations<A extends Aggregations<A>> {
    private boolean countAll;
    private final Set<ScalarField> count = new LinkedHashSet<>();
    private final Set<ScalarField> avg = new LinkedHashSet<>();
    private final Set<ScalarField> sum = new LinkedHashSet<>();
    private final Set<ScalarField> min = new LinkedHashSet<>();
    private final Set<ScalarField> max = new LinkedHashSet<>();

    /** This builder, typed. */
    protected abstract A self();

    private A add(Set<ScalarField> set, Ref<?>[] fields) {
        for (Ref<?> r : fields) {
            set.add(r.field());
        }
        return self();
    }

    /** The number of records ({@code _count: {_all: true}}). */
    public final A count() {
        countAll = true;
        return self();
    }

    /** The number of non-null values of each field. */
    public final A count(Ref<?>... fields) {
        return add(count, fields);
    }

    /** The average of each field. */
    public final A avg(Ref.Num<?, ?>... fields) {
        return add(avg, fields);
    }

    /** The sum of each field. */
    public final A sum(Ref.Num<?, ?>... fields) {
        return add(sum, fields);
    }

    /** The smallest value of each field. */
    public final A min(Ref<?>... fields) {
        return add(min, fields);
    }

    /** The largest value of each field. */
    public final A max(Ref<?>... fields) {
        return add(max, fields);
    }

    /** The aggregates asked for, in Prisma's order; {@code _count._all} when nothing was asked. */
    public final List<Aggregate> aggregates(boolean countWhenEmpty) {
        List<Aggregate> out = new ArrayList<>();
        boolean all = countAll || (countWhenEmpty && count.isEmpty() && avg.isEmpty() && sum.isEmpty()
                && min.isEmpty() && max.isEmpty());
        if (all || !count.isEmpty()) {
            out.add(new Aggregate(Aggregate.Function.COUNT, List.copyOf(count), all, all ? 0 : -1, false));
        }
        function(out, Aggregate.Function.AVG, avg);
        function(out, Aggregate.Function.SUM, sum);
        function(out, Aggregate.Function.MIN, min);
        function(out, Aggregate.Function.MAX, max);
        return out;
    }

    private static void function(List<Aggregate> out, Aggregate.Function f, Set<ScalarField> fields) {
        if (!fields.isEmpty()) {
            out.add(new Aggregate(f, List.copyOf(fields), false, -1, false));
        }
    }
}
