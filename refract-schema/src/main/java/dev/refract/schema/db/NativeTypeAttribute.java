package dev.refract.schema.db;

import dev.refract.schema.diagnostics.Span;
import java.util.List;

/**
 * A native type attribute such as {@code @db.VarChar(255)}, kept raw for the connector to check.
 *
 * @param datasource the prefix ({@code db})
 * @param name the type name ({@code VarChar})
 * @param args the arguments as written ({@code 255})
 * @param span the whole attribute
 */
public record NativeTypeAttribute(String datasource, String name, List<String> args, Span span) {
}
