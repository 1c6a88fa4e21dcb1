package dev.refract.schema.connector;

import java.util.List;

/**
 * A native type a connector offers, such as {@code VarChar}: its name, argument shape, and the
 * Prisma scalar types it can back (in Prisma's order, used in messages).
 */
public record NativeTypeConstructor(String name, NativeTypeArguments arguments, List<String> scalarTypes) {

    public NativeTypeConstructor {
        scalarTypes = List.copyOf(scalarTypes);
    }

    static NativeTypeConstructor of(String name, NativeTypeArguments arguments, String... scalarTypes) {
        return new NativeTypeConstructor(name, arguments, List.of(scalarTypes));
    }

    static NativeTypeConstructor of(String name, String... scalarTypes) {
        return new NativeTypeConstructor(name, NativeTypeArguments.NONE, List.of(scalarTypes));
    }

    public int requiredArguments() {
        return arguments.required();
    }

    public int optionalArguments() {
        return arguments.optional();
    }

    public boolean isCompatibleWith(String scalarType) {
        return scalarTypes.contains(scalarType);
    }
}
