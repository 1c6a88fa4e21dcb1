package dev.refract.engine.ir;

import dev.refract.model.ScalarField;
import java.util.List;

/**
 * One aggregate of an aggregate or groupBy selection: {@code _count}, {@code _avg}, {@code _sum},
 * {@code _min} or {@code _max} over some fields. The result holds an object under
 * {@link Function#key()} with one entry per field, in order.
 *
 * @param function which aggregate
 * @param fields the fields aggregated, in output order
 * @param countAll for {@code _count}: whether {@code _all} is asked (it goes where it was asked,
 *     see {@code allPosition})
 * @param allPosition the index in the output object at which {@code _all} appears, or -1
 * @param bare for {@code _count: true} (Prisma's count shorthand): the output is just
 *     {@code {_all: n}}
 */
public record Aggregate(Function function, List<ScalarField> fields, boolean countAll, int allPosition,
                        boolean bare) {
    public Aggregate {
        fields = List.copyOf(fields);
    }

    /** The aggregate functions, keyed as in results. */
    public enum Function {
        COUNT("_count"), AVG("_avg"), SUM("_sum"), MIN("_min"), MAX("_max");

        private final String key;

        Function(String key) {
            this.key = key;
        }

        /** The result key: {@code _count}, {@code _avg}... */
        public String key() {
            return key;
        }
    }
}
