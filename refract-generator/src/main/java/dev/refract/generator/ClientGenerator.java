package dev.refract.generator;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.refract.model.EnumType;
import dev.refract.model.Model;
import dev.refract.model.SchemaModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates a typed client for a schema: deterministic sources (same schema and options, same
 * text), each carrying {@code @Generated}.
 */
public final class ClientGenerator {
    /**
     * @param packageName the generated package
     * @param clientName the client class ({@code Refract})
     * @param envVar the environment variable holding the datasource URL ({@code DATABASE_URL})
     * @param literalUrl the URL when the schema writes one literally, else null
     * @param schemaDir the schema's folder relative to the directory the application runs in (the
     *     project's), {@code /}-separated, or null when they are the same: as in Prisma, a relative
     *     SQLite path in the schema ({@code file:./dev.db}) and the schema folder's {@code .env}
     *     resolve against it, so the client opens the database {@code migrate} created
     */
    public record Options(String packageName, String clientName, String envVar, String literalUrl, String schemaDir) {
        /** Options whose schema lies in the application's working directory. */
        public Options(String packageName, String clientName, String envVar, String literalUrl) {
            this(packageName, clientName, envVar, literalUrl, null);
        }

        /** A package, client {@code Refract}, URL from {@code DATABASE_URL}. */
        public static Options of(String packageName) {
            return new Options(packageName, "Refract", "DATABASE_URL", null);
        }
    }

    private ClientGenerator() {
    }

    /** The generated sources, by path relative to the source root, in a stable order. */
    public static Map<String, String> generate(SchemaModel schema, Options options) {
        List<TypeSpec> types = new ArrayList<>();
        types.add(SchemaEmitter.emit(schema));
        for (EnumType e : schema.enums()) {
            types.add(EnumEmitter.emit(e));
        }
        for (Model m : schema.models()) {
            if (Types.visible(m)) {
                types.add(ModelEmitter.emit(schema, m, options.packageName()));
            }
        }
        types.add(ClientEmitter.emit(schema, options));
        Map<String, String> out = new LinkedHashMap<>();
        for (TypeSpec t : types) {
            JavaFile file = JavaFile.builder(options.packageName(), t).skipJavaLangImports(true).indent("    ").build();
            out.put(options.packageName().replace('.', '/') + "/" + t.name() + ".java", file.toString());
        }
        return out;
    }

    /** Writes the sources under {@code sourceRoot}; returns the files written. */
    public static List<Path> write(SchemaModel schema, Options options, Path sourceRoot) throws IOException {
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, String> e : generate(schema, options).entrySet()) {
            Path p = sourceRoot.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
            written.add(p);
        }
        return written;
    }
}
