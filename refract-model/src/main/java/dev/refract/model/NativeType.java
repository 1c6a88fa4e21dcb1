package dev.refract.model;

import java.util.List;

/**
 * A native database type written as {@code @db.Name(args)}, e.g. {@code VarChar(300)}.
 *
 * @param name the type's name without the datasource prefix ({@code VarChar})
 * @param args its arguments as written ({@code ["300"]}), empty when none
 */
public record NativeType(String name, List<String> args) {
    public NativeType {
        args = List.copyOf(args);
    }

    public static NativeType of(String name, String... args) {
        return new NativeType(name, List.of(args));
    }
}
