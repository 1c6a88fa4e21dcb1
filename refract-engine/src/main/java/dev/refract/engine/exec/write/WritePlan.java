package dev.refract.engine.exec.write;

import dev.refract.model.Model;
import dev.refract.model.ScalarField;
import dev.refract.model.ScalarType;
import java.util.ArrayList;
import java.util.List;

/**
 * What the writes of one model need on every call and which never changes: its writable fields
 * (stored, supported columns, in the model's order), which of them have a database default, and
 * its identifier. Built once per model and kept by {@link WriteContext#plan}, so that the hot path
 * of a create indexes arrays instead of recomputing field lists and hashing {@link ScalarField}
 * records (a record over a dozen components, rehashed on every map operation).
 */
final class WritePlan {
    private final Model model;
    private final ScalarField[] fields;
    private final List<ScalarField> writable;
    private final boolean[] databaseDefault;
    private final List<ScalarField> identifier;

    WritePlan(Model model) {
        this.model = model;
        List<ScalarField> out = new ArrayList<>();
        for (ScalarField f : model.scalarFields()) {
            if (!(f.type() instanceof ScalarType.Unsupported) && !(f.type() instanceof ScalarType.CompositeRef)) {
                out.add(f);
            }
        }
        this.writable = List.copyOf(out);
        this.fields = out.toArray(new ScalarField[0]);
        this.databaseDefault = new boolean[fields.length];
        for (int i = 0; i < fields.length; i++) {
            databaseDefault[i] = fields[i].defaultValue() != null;
        }
        // A model without a unique identifier can still be written where none is needed.
        this.identifier = model.uniqueCriteria().isEmpty() ? null : List.copyOf(Keys.identifier(model));
    }

    /**
     * The text of a multi-row INSERT of {@code rows} rows setting the columns at {@code positions},
     * rendered by {@code render} the first time and kept: a createMany repeats its full chunk's
     * text, and rendering 1,000 rows of placeholders costs more than binding them. At most
     * {@link #INSERT_TEXTS} shapes are kept; they come from inputs, so they must not grow unbounded.
     */
    String insertText(int[] positions, int rows, boolean skipDuplicates, List<ScalarField> returning,
                      java.util.function.Supplier<String> render) {
        StringBuilder k = new StringBuilder(32).append(rows).append(skipDuplicates ? '+' : '-');
        for (int p : positions) {
            k.append(p).append(',');
        }
        for (ScalarField f : returning) {
            k.append('|').append(f.name());
        }
        String key = k.toString();
        String text = insertTexts.get(key);
        if (text == null) {
            text = render.get();
            if (insertTexts.size() >= INSERT_TEXTS) {
                insertTexts.clear();
            }
            insertTexts.put(key, text);
        }
        return text;
    }

    /** How many INSERT texts {@link #insertText} keeps per model. */
    static final int INSERT_TEXTS = 32;

    private final java.util.concurrent.ConcurrentHashMap<String, String> insertTexts =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** Whether createMany may COPY into this model's table: true until the table refuses it. */
    boolean copies() {
        return copies;
    }

    /** The table refused COPY (row-level security) or the connection cannot: INSERTs from now on. */
    void refusesCopy() {
        copies = false;
    }

    private volatile boolean copies = true;

    Model model() {
        return model;
    }

    /** The fields a write may name, in the model's order. */
    List<ScalarField> writable() {
        return writable;
    }

    int width() {
        return fields.length;
    }

    ScalarField field(int i) {
        return fields[i];
    }

    /** Whether writable field {@code i} has a database (schema) default. */
    boolean hasDefault(int i) {
        return databaseDefault[i];
    }

    /** The identifier's fields ({@link Keys#identifier}). */
    List<ScalarField> identifier() {
        if (identifier == null) {
            return Keys.identifier(model); // throws its clear error
        }
        return identifier;
    }

    /**
     * The position of {@code f} among the writable fields, or -1. Fields of a request are the
     * model's own instances, so identity finds them; an equal copy is found by name.
     */
    int indexOf(ScalarField f) {
        for (int i = 0; i < fields.length; i++) {
            if (fields[i] == f) {
                return i;
            }
        }
        for (int i = 0; i < fields.length; i++) {
            if (fields[i].name().equals(f.name()) && fields[i].equals(f)) {
                return i;
            }
        }
        return -1;
    }
}
