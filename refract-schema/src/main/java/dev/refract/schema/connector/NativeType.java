package dev.refract.schema.connector;

import java.util.List;

/**
 * A parsed native type such as {@code VarChar(191)}: its name and its arguments as numbers
 * ({@link NativeTypeArguments#MAX} stands for SQL Server's {@code Max}). Arguments are empty when
 * none were written.
 */
public record NativeType(String name, List<Long> arguments) {

    public NativeType {
        arguments = List.copyOf(arguments);
    }

    public static NativeType of(String name, long... arguments) {
        return new NativeType(name, java.util.Arrays.stream(arguments).boxed().toList());
    }

    public boolean hasArguments() {
        return !arguments.isEmpty();
    }

    /** Argument {@code i}, or -2 when absent. */
    public long argument(int i) {
        return i < arguments.size() ? arguments.get(i) : -2;
    }

    /** The arguments as Prisma renders them ({@code Max} for SQL Server's maximum). */
    public List<String> renderedArguments() {
        return arguments.stream().map(a -> a == NativeTypeArguments.MAX ? "Max" : Long.toString(a)).toList();
    }

    /** {@code Name} or {@code Name(a,b)}, as Prisma prints a native type in messages. */
    @Override
    public String toString() {
        return arguments.isEmpty() ? name : name + "(" + String.join(",", renderedArguments()) + ")";
    }
}
