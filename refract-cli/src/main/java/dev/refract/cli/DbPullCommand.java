package dev.refract.cli;

import dev.refract.engine.error.RefractException;
import dev.refract.migrate.apply.MigrateDatabase;
import dev.refract.migrate.ddl.SqlSchema;
import dev.refract.migrate.describe.SchemaDescriber;
import dev.refract.migrate.introspect.Introspection;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.ValidatedSchema;
import dev.refract.schema.config.PreviewFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code refract db pull [--schema S] [--url U] [--print]}: introspects the database into a
 * {@code schema.prisma}, keeping the schema's generator and datasource blocks, and writes it over
 * the schema file or, with {@code --print}, prints it. The datasource's {@code schemas} are read on
 * PostgreSQL (else the URL's schema); views only with the {@code views} preview feature. An empty
 * database is Prisma's P4001 and writes nothing.
 */
@Command(name = "pull", mixinStandardHelpOptions = true,
        description = "Pull the state from the database to the Prisma schema using introspection.")
final class DbPullCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = "--schema", paramLabel = "PATH", description = "Custom path to your Prisma schema.")
    String schema;

    @Option(names = "--url", paramLabel = "URL", description = "Override the datasource URL from the Prisma schema.")
    String url;

    @Option(names = "--print", description = "Print the introspected Prisma schema to stdout.")
    boolean print;

    DbPullCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        SchemaLocation location = new SchemaLocator(context.cwd()).locate(schema);
        if (location.folder() && !print) {
            throw new UsageException("db pull writes one schema file; " + location.displayLocation()
                    + " is a folder (use --print, or --schema with a file)");
        }
        String existing;
        try {
            existing = Files.readString(location.paths().get(0), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageException("Cannot read " + location.displayLocation() + ": " + e.getMessage());
        }
        try {
            MigrateTarget target = MigrateTarget.resolve(context, location.location().toString(), url);
            ValidatedSchema validated = PrismaSchema.validate(location.files());
            List<String> namespaces = validated.configuration().datasource()
                    .map(ds -> ds.namespaces().stream().map(n -> n.name()).toList()).orElse(List.of());
            boolean views = validated.configuration().hasPreviewFeature(PreviewFeature.VIEWS);
            long start = System.nanoTime();
            String provider;
            SqlSchema described;
            String text;
            try (Progress progress = Progress.on(context)) {
                progress.show("Introspecting based on datasource defined in " + location.displayLocation() + " ...");
                try (MigrateDatabase db = target.open()) {
                    provider = db.provider();
                    described = SchemaDescriber.describe(db.connection(), provider, namespaces);
                }
                if (described.tables().isEmpty() && described.enums().isEmpty() && (!views || described.views().isEmpty())) {
                    throw new RefractException("P4001", "The introspected database was empty: " + target.url());
                }
                progress.show("Introspected " + described.tables().size() + " tables, writing the schema ...");
                text = Introspection.render(described, provider, Introspection.header(existing), views);
            }
            if (print) {
                context.out().print(text);
                return ExitCodes.OK;
            }
            context.out().println("Prisma schema loaded from " + location.displayLocation());
            Path file = location.paths().get(0);
            Path temp = file.resolveSibling(file.getFileName() + ".refract-tmp");
            // Written beside and moved over, so an interrupted pull never leaves half a schema.
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            long models = text.lines().filter(l -> l.startsWith("model ")).count();
            context.out().println("✔ Introspected " + models + " model" + (models == 1 ? "" : "s")
                    + " and wrote them into " + location.displayLocation() + " in "
                    + (System.nanoTime() - start) / 1_000_000 + "ms");
            return ExitCodes.OK;
        } catch (IOException e) {
            throw new UsageException("Cannot write " + location.displayLocation() + ": " + e.getMessage());
        } catch (RefractException e) {
            return MigrateTarget.fail(context, e);
        }
    }
}
