package dev.refract.cli;

import dev.refract.engine.connect.DatasourceUrl;
import dev.refract.engine.error.RefractException;
import dev.refract.migrate.apply.MigrateDatabase;
import dev.refract.migrate.history.MigrationsFolder;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.ValidatedSchema;
import dev.refract.schema.config.Datasource;
import dev.refract.model.SchemaModel;
import dev.refract.schema.model.SchemaModels;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a migrate or db command works on: the schema (found as every command finds it), its
 * datasource's URL (from the schema and {@code .env}, resolved exactly as {@code refract query}
 * resolves it, or {@code --url}), and the migrations folder beside the schema.
 *
 * @param location the schema, or null when only {@code --url} was given
 * @param schemaDir the folder relative paths resolve against (the schema's, else the working directory)
 * @param datasourceName the datasource block's name ({@code db}), or null without a schema
 * @param url the database URL
 * @param validated the validated schema, or null when only {@code --url} was given
 */
record MigrateTarget(SchemaLocation location, Path schemaDir, String datasourceName, String url,
                     ValidatedSchema validated) {
    /**
     * Finds the schema and its URL.
     *
     * @throws RefractException P1012 when the schema is invalid or names no URL
     */
    static MigrateTarget resolve(CliContext context, String schema, String urlOverride) {
        if (schema == null && urlOverride != null) {
            return new MigrateTarget(null, context.cwd(), null, urlOverride, null);
        }
        SchemaLocation location = new SchemaLocator(context.cwd()).locate(schema);
        ValidatedSchema validated = PrismaSchema.validate(location.files());
        if (!validated.isValid()) {
            throw new RefractException("P1012", validated.render(false));
        }
        Path schemaDir = location.folder() ? location.location() : location.location().toAbsolutePath().getParent();
        Optional<Datasource> ds = validated.configuration().datasource();
        if (ds.isEmpty()) {
            throw new RefractException("P1012", "The schema has no datasource: add a datasource block to migrate.");
        }
        String url = urlOverride != null ? urlOverride : DatasourceUrlResolver.resolve(context, ds.get(), schemaDir);
        return new MigrateTarget(location, schemaDir, ds.get().name(), url, validated);
    }

    /** The datasource's PostgreSQL {@code schemas}; empty when it lists none (the URL's schema is used). */
    List<String> namespaces() {
        if (validated == null) {
            return List.of();
        }
        return validated.configuration().datasource().map(ds -> ds.namespaces().stream().map(n -> n.name()).toList())
                .orElse(List.of());
    }

    /** The schema's model, what {@code migrate dev} migrates towards. */
    SchemaModel model() {
        return SchemaModels.from(validated).orElseThrow(() -> new RefractException("P1012",
                "The schema has no datasource: add a datasource block to migrate."));
    }

    /** The datasource's {@code shadowDatabaseUrl}, or null when it has none. */
    String shadowDatabaseUrl(CliContext context) {
        Datasource ds = validated == null ? null : validated.configuration().datasource().orElse(null);
        return ds == null ? null : DatasourceUrlResolver.shadow(context, ds, schemaDir);
    }

    /** Whether prompts can be answered: a terminal, and not under CI (Prisma's rule). */
    static boolean interactive(CliContext context) {
        String ci = System.getenv("CI");
        return context.terminal() && (ci == null || ci.isBlank() || ci.equals("false"));
    }

    /** Prisma's tree of migration folders: {@code migrations/}, then each name and its {@code migration.sql}. */
    static String tree(String root, List<String> names) {
        StringBuilder b = new StringBuilder(root).append('/');
        for (String name : names) {
            b.append("\n  └─ ").append(name).append("/\n    └─ migration.sql");
        }
        return b.toString();
    }

    MigrationsFolder migrations() {
        return MigrationsFolder.besideSchema(schemaDir);
    }

    /** The migrations folder as printed: relative to the working directory. */
    String migrationsDisplay(CliContext context) {
        Path p = migrations().path().toAbsolutePath().normalize();
        return p.startsWith(context.cwd()) ? context.cwd().relativize(p).toString().replace('\\', '/') : p.toString();
    }

    MigrateDatabase open() {
        return MigrateDatabase.open(url, schemaDir);
    }

    /** Prisma's header: where the schema came from and which database it points at. */
    void printHeader(CliContext context) {
        if (location != null) {
            context.out().println("Prisma schema loaded from " + location.displayLocation());
        }
        DatasourceUrl parsed = DatasourceUrl.parse(url, schemaDir);
        String name = datasourceName == null ? "db" : datasourceName;
        if (parsed.provider().equals("sqlite")) {
            Path file = Path.of(parsed.database());
            context.out().println("Datasource \"" + name + "\": SQLite database \"" + file.getFileName() + "\" at \""
                    + url + "\"");
        } else {
            List<String> namespaces = namespaces();
            String schemas = namespaces.isEmpty() ? "schema \"" + schemaParam(url) + "\""
                    : "schemas \"" + String.join(", ", namespaces) + "\"";
            context.out().println("Datasource \"" + name + "\": PostgreSQL database \"" + parsed.database()
                    + "\", " + schemas + " at \"" + parsed.host() + ":" + parsed.port() + "\"");
        }
    }

    static String schemaParam(String url) {
        int q = url.indexOf('?');
        if (q >= 0) {
            for (String pair : url.substring(q + 1).split("&")) {
                if (pair.startsWith("schema=")) {
                    return java.net.URLDecoder.decode(pair.substring(7), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        return "public";
    }

    /** Prisma's error output: {@code Error: P3018} and the message, on stderr; exit code 1. */
    static int fail(CliContext context, RefractException e) {
        context.err().println(e.code() == null ? "Error: " + e.getMessage() : "Error: " + e.code() + "\n\n" + e.getMessage());
        return ExitCodes.INVALID;
    }
}
