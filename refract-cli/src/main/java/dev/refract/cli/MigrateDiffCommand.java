package dev.refract.cli;

import dev.refract.engine.error.RefractException;
import dev.refract.migrate.apply.MigrateDatabase;
import dev.refract.migrate.apply.ShadowDatabase;
import dev.refract.migrate.history.MigrationsFolder;
import dev.refract.migrate.ddl.MigrationDiff;
import dev.refract.migrate.ddl.SqlSchema;
import dev.refract.migrate.describe.SchemaDescriber;
import dev.refract.model.SchemaModel;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.ValidatedSchema;
import dev.refract.schema.model.SchemaModels;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code refract migrate diff}: the difference between two schema states, each an empty database
 * ({@code --from-empty}, {@code --to-empty}) or a Prisma schema ({@code --from-schema-datamodel},
 * {@code --to-schema-datamodel}), printed as Prisma prints it: a summary of the changes, or with
 * {@code --script} the migration's SQL (to {@code --output} when given). With {@code --exit-code}
 * the exit code says what was found: 0 no difference, 2 a difference, 1 an error. A migrations
 * folder ({@code --from-migrations}, {@code --to-migrations}) is replayed on the
 * {@code --shadow-database-url} (required except on SQLite, as in Prisma).
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Compare the database schema from two arbitrary sources.")
final class MigrateDiffCommand implements Callable<Integer> {
    /** {@code --exit-code}: a difference was found. */
    static final int CHANGES = 2;

    private final CliContext context;

    @Option(names = "--from-empty", description = "Flag to assume from is an empty datamodel.")
    boolean fromEmpty;

    @Option(names = "--to-empty", description = "Flag to assume to is an empty datamodel.")
    boolean toEmpty;

    @Option(names = "--from-schema-datamodel", paramLabel = "PATH", description = "Path to a Prisma schema file.")
    String fromDatamodel;

    @Option(names = "--to-schema-datamodel", paramLabel = "PATH", description = "Path to a Prisma schema file.")
    String toDatamodel;

    @Option(names = "--from-url", paramLabel = "URL", description = "A database URL (described as it is now).")
    String fromUrl;

    @Option(names = "--to-url", paramLabel = "URL", description = "A database URL (described as it is now).")
    String toUrl;

    @Option(names = "--from-schema-datasource", paramLabel = "PATH",
            description = "Path to a Prisma schema file, uses the datasource url for the diff.")
    String fromDatasource;

    @Option(names = "--to-schema-datasource", paramLabel = "PATH",
            description = "Path to a Prisma schema file, uses the datasource url for the diff.")
    String toDatasource;

    @Option(names = "--from-migrations", paramLabel = "PATH",
            description = "Path to the Prisma Migrate migrations directory (replayed on a shadow database).")
    String fromMigrations;

    @Option(names = "--to-migrations", paramLabel = "PATH",
            description = "Path to the Prisma Migrate migrations directory (replayed on a shadow database).")
    String toMigrations;

    @Option(names = "--shadow-database-url", paramLabel = "URL",
            description = "URL for the shadow database (emptied, then the migrations are applied to it).")
    String shadowDatabaseUrl;

    @Option(names = "--script", description = "Render a SQL script to stdout instead of the default human readable summary.")
    boolean script;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH", description = "Writes to a file instead of stdout.")
    String output;

    @Option(names = "--exit-code", description = "Change the exit code behavior: 0 empty diff, 2 non-empty diff, 1 error.")
    boolean exitCode;

    MigrateDiffCommand(CliContext context) {
        this.context = context;
    }

    /** One side of the diff: empty, a schema's model, or a described database. */
    private record Side(boolean empty, SchemaModel model, SqlSchema described, String provider) {
        SqlSchema schema() {
            return empty ? null : described != null ? described : SqlSchema.of(model);
        }
    }

    @Override
    public Integer call() {
        // Flag errors exit 1, not 2, which --exit-code reserves for "a difference".
        if (count(fromEmpty, fromDatamodel, fromUrl, fromDatasource, fromMigrations) != 1) {
            context.err().println("Error: exactly one of --from-empty, --from-schema-datamodel, --from-schema-datasource,"
                    + " --from-migrations and --from-url must be given.");
            return ExitCodes.INVALID;
        }
        if (count(toEmpty, toDatamodel, toUrl, toDatasource, toMigrations) != 1) {
            context.err().println("Error: exactly one of --to-empty, --to-schema-datamodel, --to-schema-datasource,"
                    + " --to-migrations and --to-url must be given.");
            return ExitCodes.INVALID;
        }
        Side a;
        Side b;
        try {
            a = fromMigrations != null ? migrations(fromMigrations) : side(fromEmpty, fromDatamodel, fromUrl, fromDatasource);
            b = toMigrations != null ? migrations(toMigrations) : side(toEmpty, toDatamodel, toUrl, toDatasource);
        } catch (RefractException e) {
            return MigrateTarget.fail(context, e);
        }
        if (a == null || b == null) {
            return ExitCodes.INVALID;
        }
        if (a.provider() != null && b.provider() != null && !family(a.provider()).equals(family(b.provider()))) {
            context.err().println("Error: the two sides use different providers (" + a.provider() + ", "
                    + b.provider() + "); migrate diff compares schemas of one database kind.");
            return ExitCodes.INVALID;
        }
        MigrationDiff diff;
        try {
            if (a.described() == null && b.described() == null) {
                diff = MigrationDiff.between(a.model(), b.model());
            } else {
                String provider = a.provider() != null ? a.provider() : b.provider();
                diff = MigrationDiff.between(a.schema(), b.schema(), provider);
            }
        } catch (IllegalArgumentException e) {
            context.err().println("Error: " + e.getMessage());
            return ExitCodes.INVALID;
        }
        String text = (script ? diff.script() : diff.summary()) + "\n";
        if (output != null) {
            Path file = context.cwd().resolve(output);
            try {
                if (file.getParent() != null) {
                    Files.createDirectories(file.getParent());
                }
                Files.writeString(file, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UsageException("Cannot write " + output + ": " + e.getMessage());
            }
        } else {
            context.out().print(text);
        }
        return exitCode && !diff.isEmpty() ? CHANGES : ExitCodes.OK;
    }

    private static int count(boolean empty, String... values) {
        int n = empty ? 1 : 0;
        for (String v : values) {
            n += v != null ? 1 : 0;
        }
        return n;
    }

    /**
     * A migrations folder's schema: its migrations replayed on the shadow database (the
     * {@code --shadow-database-url}, emptied first; on SQLite a temporary file when none is given),
     * for the provider its {@code migration_lock.toml} names, as Prisma reads it.
     */
    private Side migrations(String path) {
        MigrationsFolder folder = new MigrationsFolder(context.cwd().resolve(path));
        String provider = folder.lockedProvider().orElseThrow(() -> new RefractException(null, "Could not determine the"
                + " connector from the migrations directory (missing migration_lock.toml)."));
        ShadowDatabase shadow;
        if (shadowDatabaseUrl != null) {
            shadow = ShadowDatabase.external(shadowDatabaseUrl, context.cwd(), List.of());
        } else if (provider.equals("sqlite")) {
            shadow = ShadowDatabase.temporarySqlite();
        } else {
            throw new RefractException(null, "You must pass the --shadow-database-url if you want to diff a migrations"
                    + " directory.");
        }
        try (ShadowDatabase s = shadow) {
            s.apply(folder.list());
            return new Side(false, null, s.describe(), provider);
        }
    }

    /** The side the flags name; null after printing why it cannot be read. */
    private Side side(boolean empty, String datamodel, String url, String datasource) {
        if (empty) {
            return new Side(true, null, null, null);
        }
        if (datamodel != null) {
            Optional<SchemaModel> model = load(datamodel);
            return model.map(m -> new Side(false, m, null, m.provider())).orElse(null);
        }
        List<String> namespaces = List.of();
        if (datasource != null) {
            MigrateTarget target = MigrateTarget.resolve(context, datasource, null);
            url = target.url();
            namespaces = PrismaSchema.validate(target.location().files()).configuration().datasource()
                    .map(ds -> ds.namespaces().stream().map(n -> n.name()).toList()).orElse(List.of());
        }
        try (MigrateDatabase db = MigrateDatabase.open(url, context.cwd())) {
            return new Side(false, null, SchemaDescriber.describe(db.connection(), db.provider(), namespaces),
                    db.provider());
        }
    }

    private static String family(String provider) {
        return "postgres".equals(provider) ? "postgresql" : provider;
    }

    /** The model of the schema at {@code path}; empty after printing its errors. */
    private Optional<SchemaModel> load(String path) {
        SchemaLocation location = new SchemaLocator(context.cwd()).locate(path);
        ValidatedSchema validated = PrismaSchema.validate(location.files());
        if (!validated.isValid()) {
            Reports.invalid(context.err(), validated, false);
            return Optional.empty();
        }
        Optional<SchemaModel> model = SchemaModels.from(validated);
        if (model.isEmpty()) {
            context.err().println("Error: " + location.displayLocation() + " has no datasource: no database to diff for.");
        }
        return model;
    }
}
