package dev.refract.bench;

import dev.refract.engine.ir.Selection;
import dev.refract.model.Model;
import dev.refract.model.ScalarField;
import dev.refract.model.SchemaModel;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.ValidatedSchema;
import dev.refract.schema.model.SchemaModels;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmarks' schema ({@code bench/read.prisma}: users with posts, read and written alike),
 * parsed once, and the selections the typed client would build.
 */
public final class BenchModels {
    private BenchModels() {
    }

    /** {@code bench/read.prisma} with its provider set to {@code provider}. */
    public static SchemaModel read(String provider) {
        return parse("/bench/read.prisma", provider);
    }

    /** The schema resource at {@code resource} with its provider set to {@code provider}. */
    public static SchemaModel parse(String resource, String provider) {
        String text;
        try (InputStream in = BenchModels.class.getResourceAsStream(resource)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        text = text.replace("provider = \"postgresql\"", "provider = \"" + provider + "\"");
        ValidatedSchema validated = PrismaSchema.validate(text);
        return SchemaModels.from(validated)
                .orElseThrow(() -> new IllegalStateException("bench schema invalid:\n" + validated.render(false)));
    }

    /** Every scalar field of the model, as {@code $scalars} selects them. */
    public static Selection scalars(Model model) {
        List<Selection.Item> items = new ArrayList<>();
        for (ScalarField f : model.scalarFields()) {
            items.add(new Selection.Scalar(f));
        }
        return new Selection(items);
    }

    /** {@code base} plus one more item. */
    public static Selection with(Selection base, Selection.Item extra) {
        List<Selection.Item> items = new ArrayList<>(base.fields());
        items.add(extra);
        return new Selection(items);
    }
}
