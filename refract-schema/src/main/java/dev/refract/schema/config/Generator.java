package dev.refract.schema.config;

import dev.refract.schema.diagnostics.Span;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A loaded {@code generator} block.
 *
 * @param name the block's name
 * @param provider the generator provider ({@code prisma-client}), literal or env
 * @param output the {@code output}, or null
 * @param binaryTargets the {@code binaryTargets}, empty when not written
 * @param previewFeatures the enabled preview features (renamed ones already mapped), or null
 *     when {@code previewFeatures} is not written
 * @param config every other setting, in source order
 * @param documentation doc comment, or null
 * @param span the whole block
 */
public record Generator(String name, StringFromEnvVar provider, StringFromEnvVar output,
                        List<StringFromEnvVar> binaryTargets, Set<PreviewFeature> previewFeatures,
                        Map<String, GeneratorConfigValue> config, String documentation, Span span) {

    public Generator {
        binaryTargets = List.copyOf(binaryTargets);
        previewFeatures = previewFeatures == null ? null : Set.copyOf(previewFeatures);
        config = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(config));
    }
}
