package dev.refract.cli;

import dev.refract.migrate.ddl.MigrationDiff;
import dev.refract.model.SchemaModel;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.ValidatedSchema;
import dev.refract.schema.model.SchemaModels;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code refract migrate diff}: the difference between two schema states, each an empty database
 * ({@code --from-empty}, {@code --to-empty}) or a Prisma schema ({@code --from-schema-datamodel},
 * {@code --to-schema-datamodel}), printed as Prisma prints it: a summary of the changes, or with
 * {@code --script} the migration's SQL (to {@code --output} when given). With {@code --exit-code}
 * the exit code says what was found: 0 no difference, 2 a difference, 1 an error. Database
 * endpoints ({@code --from-url}, {@code --from-migrations}, ...) are not supported yet.
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

    @Option(names = "--script", description = "Render a SQL script to stdout instead of the default human readable summary.")
    boolean script;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH", description = "Writes to a file instead of stdout.")
    String output;

    @Option(names = "--exit-code", description = "Change the exit code behavior: 0 empty diff, 2 non-empty diff, 1 error.")
    boolean exitCode;

    MigrateDiffCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        // Flag errors exit 1, not 2, which --exit-code reserves for "a difference".
        if (fromEmpty == (fromDatamodel != null)) {
            context.err().println("Error: exactly one of --from-empty and --from-schema-datamodel must be given"
                    + " (--from-url, --from-migrations and --from-schema-datasource are not supported yet).");
            return ExitCodes.INVALID;
        }
        if (toEmpty == (toDatamodel != null)) {
            context.err().println("Error: exactly one of --to-empty and --to-schema-datamodel must be given"
                    + " (--to-url, --to-migrations and --to-schema-datasource are not supported yet).");
            return ExitCodes.INVALID;
        }
        Optional<SchemaModel> from = fromEmpty ? Optional.empty() : load(fromDatamodel);
        Optional<SchemaModel> to = toEmpty ? Optional.empty() : load(toDatamodel);
        if (!fromEmpty && from.isEmpty() || !toEmpty && to.isEmpty()) {
            return ExitCodes.INVALID;
        }
        SchemaModel a = from.orElse(null);
        SchemaModel b = to.orElse(null);
        if (a != null && b != null && !providerFamily(a).equals(providerFamily(b))) {
            context.err().println("Error: the two schemas use different providers (" + a.provider() + ", "
                    + b.provider() + "); migrate diff compares schemas of one database kind.");
            return ExitCodes.INVALID;
        }
        MigrationDiff diff;
        try {
            diff = MigrationDiff.between(a, b);
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

    private static String providerFamily(SchemaModel m) {
        return "postgres".equals(m.provider()) ? "postgresql" : String.valueOf(m.provider());
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
