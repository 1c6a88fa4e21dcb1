package dev.refract.engine.exec.aggregate;

import dev.refract.engine.ir.OrderBy;
import dev.refract.engine.ir.ReadArgs;
import dev.refract.model.Model;
import dev.refract.model.ScalarField;
import dev.refract.model.SortOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Prisma pages over a total order: with cursor, skip or take it appends the primary key to the
 * orderBy (unless already there), so "the first two" is always the same two records.
 */
final class PrimaryOrder {
    private PrimaryOrder() {
    }

    /** The primary key's fields, else the first unique criterion's, else every scalar field. */
    static List<ScalarField> identifier(Model model) {
        List<String> names = model.primaryKey() != null ? model.primaryKey().fieldNames()
                : model.uniqueCriteria().isEmpty() ? List.of() : model.uniqueCriteria().get(0);
        List<ScalarField> out = new ArrayList<>();
        for (String name : names) {
            model.scalarField(name).ifPresent(out::add);
        }
        if (out.isEmpty()) {
            for (ScalarField f : model.scalarFields()) {
                if (!f.arity().isList()) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    /** {@code args} with the identifier appended to its orderBy when it paginates. */
    static ReadArgs stabilize(Model model, ReadArgs args) {
        if (!args.isPaginated()) {
            return args;
        }
        List<OrderBy> orderBy = new ArrayList<>(args.orderBy());
        for (ScalarField f : identifier(model)) {
            if (!ordersBy(orderBy, f)) {
                orderBy.add(new OrderBy.ByScalar(f, SortOrder.ASC));
            }
        }
        return args.withOrderBy(orderBy);
    }

    /** Whether an orderBy list orders by {@code field} of the model itself. */
    private static boolean ordersBy(List<OrderBy> orderBy, ScalarField field) {
        for (OrderBy o : orderBy) {
            if (o instanceof OrderBy.ByScalar s && s.path().isEmpty() && s.field().name().equals(field.name())) {
                return true;
            }
        }
        return false;
    }
}
