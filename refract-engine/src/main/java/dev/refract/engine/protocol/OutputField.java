package dev.refract.engine.protocol;

import dev.refract.model.Field;
import java.util.List;

/**
 * A field of an output object type: a scalar, a relation, {@code _count}, or an aggregate.
 *
 * @param name the field name
 * @param typeName Prisma's simplified type name for errors: {@code Int}, {@code Post[]}, {@code UserCountOutputType}
 * @param isRelation whether it maps to a relation
 * @param arguments the arguments it accepts, in schema order
 * @param objectType the nested object type, or null for scalars
 * @param modelField the model field it reads, or null for virtual fields
 */
record OutputField(String name, String typeName, boolean isRelation, List<InputField> arguments,
                   OutputObjectType objectType, Field modelField) {
    OutputField {
        arguments = List.copyOf(arguments);
    }

    boolean isScalar() {
        return objectType == null;
    }
}
