package dev.refract.engine.exec.write;

import dev.refract.engine.error.RefractException;
import dev.refract.model.Relation;
import dev.refract.model.ScalarField;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The errors of emulated SetDefault ({@code relationMode = "prisma"}) beyond P2014 (which is
 * {@link WriteErrors#relationViolation}): P2003 where the default would point at no record, as the
 * database's own foreign key would have refused it, and a default only the database can compute.
 */
final class RelationErrors {
    private RelationErrors() {
    }

    /** P2003: the foreign key {@code fks} would be set to a default that refers to no record. */
    static RefractException missingReferenced(List<ScalarField> fks) {
        String name = fks.stream().map(ScalarField::name).collect(Collectors.joining(", "));
        return new RefractException("P2003", "Foreign key constraint failed on the field: `" + name + "`",
                Map.of("field_name", name), null);
    }

    /** A SetDefault whose default only the database can compute: there is no value to write. */
    static RefractException noDefault(ScalarField fk, Relation relation) {
        return new RefractException(null, "The relation '" + relation.name() + "' cannot emulate SetDefault: the"
                + " default of `" + fk.name() + "` is computed by the database.");
    }
}
