package dev.refract.engine.protocol;

import java.util.List;
import java.util.function.Supplier;

/** An output object type of the query schema ({@code User}, {@code UserCountOutputType}, {@code AggregateUser}...), built on first use. */
final class OutputObjectType {
    private final String name;
    private final Supplier<List<OutputField>> supplier;
    private volatile List<OutputField> fields;

    OutputObjectType(String name, Supplier<List<OutputField>> fields) {
        this.name = name;
        this.supplier = fields;
    }

    String name() {
        return name;
    }

    List<OutputField> fields() {
        List<OutputField> f = fields;
        if (f == null) {
            synchronized (this) {
                if (fields == null) {
                    fields = List.copyOf(supplier.get());
                }
                f = fields;
            }
        }
        return f;
    }

    OutputField field(String fieldName) {
        for (OutputField f : fields()) {
            if (f.name().equals(fieldName)) {
                return f;
            }
        }
        return null;
    }
}
