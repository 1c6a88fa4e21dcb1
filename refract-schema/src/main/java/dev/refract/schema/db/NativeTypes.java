package dev.refract.schema.db;

import dev.refract.schema.ast.Argument;
import dev.refract.schema.ast.Attribute;
import java.util.List;

/** Reads a {@code @ds.Type(args)} attribute into its raw parts, for the connector to check later. */
final class NativeTypes {
    private NativeTypes() {
    }

    static NativeTypeAttribute of(Attribute attribute) {
        String full = attribute.name().name();
        int dot = full.indexOf('.');
        List<String> args = attribute.arguments().arguments().stream().map(Argument::value)
                .map(v -> v.render()).toList();
        return new NativeTypeAttribute(full.substring(0, dot), full.substring(dot + 1), args, attribute.span());
    }
}
