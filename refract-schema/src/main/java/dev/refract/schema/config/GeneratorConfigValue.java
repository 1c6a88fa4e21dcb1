package dev.refract.schema.config;

import java.util.List;

/** The value of a generator setting other than provider, output, binaryTargets and previewFeatures. */
public sealed interface GeneratorConfigValue {

    /** A string, number, constant or non-env function, kept as text. */
    record Text(String value) implements GeneratorConfigValue {
    }

    /** {@code env("VAR")}. */
    record Env(String variable) implements GeneratorConfigValue {
    }

    /** A list of values. */
    record Array(List<GeneratorConfigValue> elements) implements GeneratorConfigValue {
        public Array {
            elements = List.copyOf(elements);
        }
    }
}
