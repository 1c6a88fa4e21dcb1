package dev.refract.generator;

import dev.refract.model.SchemaModel;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.ValidatedSchema;
import dev.refract.schema.model.SchemaModels;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test schemas, parsed with refract-schema. */
final class Schemas {
    private Schemas() {
    }

    static SchemaModel parse(String text) {
        ValidatedSchema validated = PrismaSchema.validate(text);
        return SchemaModels.from(validated).orElseThrow(() -> new IllegalStateException(validated.render(false)));
    }

    static String resource(String path) {
        try (InputStream in = Schemas.class.getResourceAsStream("/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The blog schema for {@code provider}. */
    static SchemaModel blog(String provider) {
        return parse(resource("schemas/blog.prisma").replace("PROVIDER", provider));
    }
}
