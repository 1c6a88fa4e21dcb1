package dev.refract.engine.protocol;

import dev.refract.model.Field;
import dev.refract.model.Model;
import java.util.List;
import java.util.function.Supplier;

/**
 * An input object type of the query schema, named as Prisma names it ({@code UserWhereInput},
 * {@code IntNullableFilter}...). Its fields are built on first use, because where types refer to
 * each other in cycles.
 */
final class InputObjectType {
    /** What an object means, so the IR builder knows how to read a parsed value of it. */
    enum Kind {
        WHERE, WHERE_UNIQUE, COMPOUND_UNIQUE, SCALAR_WHERE_WITH_AGGREGATES,
        SCALAR_FILTER, JSON_FILTER, LIST_FILTER,
        TO_MANY_RELATION_FILTER, TO_ONE_RELATION_FILTER,
        ORDER_BY_WITH_RELATION, ORDER_BY_WITH_AGGREGATION, ORDER_BY_RELATION_AGGREGATE, ORDER_BY_AGGREGATE,
        SORT_ORDER_INPUT, ORDER_BY_RELEVANCE, FIELD_REF,
        /** The data of one record in a create or update; {@link #model()} is the record's model. */
        WRITE_DATA,
        /** A scalar's update operations: {@code {set}}, {@code {increment}}... */
        FIELD_UPDATE,
        /** A scalar list's write: {@code {set}} or {@code {push}}. */
        LIST_WRITE,
        /** A relation field's nested writes: {@code {create, connect, ...}}. */
        NESTED_WRITE,
        OTHER
    }

    private final String name;
    private final Kind kind;
    private final Model model;
    private final Field field;
    private final Supplier<List<InputField>> fieldSupplier;
    private volatile List<InputField> fields;
    private Integer minFields;
    private Integer maxFields;
    private List<String> constrainedFields;

    InputObjectType(String name, Kind kind, Model model, Field field, Supplier<List<InputField>> fields) {
        this.name = name;
        this.kind = kind;
        this.model = model;
        this.field = field;
        this.fieldSupplier = fields;
    }

    String name() {
        return name;
    }

    Kind kind() {
        return kind;
    }

    /** The model whose records the object is about (the related model for relation filters), or null. */
    Model model() {
        return model;
    }

    /** For compound uniques and the like: the field it was built for, or null. */
    Field field() {
        return field;
    }

    List<InputField> fields() {
        List<InputField> f = fields;
        if (f == null) {
            synchronized (this) {
                if (fields == null) {
                    fields = List.copyOf(fieldSupplier.get());
                }
                f = fields;
            }
        }
        return f;
    }

    InputField field(String fieldName) {
        for (InputField f : fields()) {
            if (f.name().equals(fieldName)) {
                return f;
            }
        }
        return null;
    }

    /** At least {@code min}, at most {@code max} (either may be null) of {@code on} (all fields when null). */
    InputObjectType constrain(Integer min, Integer max, List<String> on) {
        this.minFields = min;
        this.maxFields = max;
        this.constrainedFields = on == null ? null : List.copyOf(on);
        return this;
    }

    Integer minFields() {
        return minFields;
    }

    Integer maxFields() {
        return maxFields;
    }

    List<String> constrainedFields() {
        return constrainedFields;
    }

    @Override
    public String toString() {
        return name;
    }
}
