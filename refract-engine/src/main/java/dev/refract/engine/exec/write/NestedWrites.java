package dev.refract.engine.exec.write;

import dev.refract.engine.error.RefractException;
import dev.refract.engine.ir.CreateQuery;
import dev.refract.engine.ir.UpdateQuery;
import java.sql.Connection;
import java.util.Map;

/** Creates and updates with nested writes on their relations, inside the request's transaction. */
final class NestedWrites {
    private final WriteContext x;

    NestedWrites(WriteContext x) {
        this.x = x;
    }

    Map<String, Object> create(Connection c, CreateQuery q, Defaults defaults) {
        throw new RefractException(null, "Nested writes are not supported yet.");
    }

    Map<String, Object> update(Connection c, UpdateQuery q, Defaults defaults) {
        throw new RefractException(null, "Nested writes are not supported yet.");
    }
}
