package dev.refract.cli;

import dev.refract.engine.error.RefractException;
import dev.refract.migrate.seed.SeedConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Unmatched;

/**
 * {@code refract db seed [--schema PATH] [-- ARGS...]}: runs the project's seed command (see
 * {@link SeedConfig} for where it is configured) with ARGS appended, as {@code prisma db seed}
 * does: {@code Running seed command `...` ...}, the command's own output, then
 * {@code 🌱  The seed command has been executed.} and exit 0, or Prisma's error block and exit 1.
 * Without a configured command it does nothing and exits 0, as Prisma 6.19 does (Refract adds a
 * hint on stderr).
 */
@Command(name = "seed", mixinStandardHelpOptions = true, description = "Seed your database.",
        footer = {"", "Passing extra arguments to the seed command:", "  refract db seed -- --arg1 value1 --arg2 value2"})
final class DbSeedCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = "--schema", paramLabel = "PATH",
            description = "Custom path to your Prisma schema (its folder's .env is loaded for the seed).")
    String schema;

    @Parameters(paramLabel = "ARGS", description = "Arguments for the seed command, after `--`.")
    List<String> args = new ArrayList<>();

    @Unmatched
    List<String> unmatched = new ArrayList<>();

    DbSeedCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (!unmatched.isEmpty()) {
            throw new UsageException("unknown or unexpected option: " + unmatched.get(0)
                    + "\nDid you mean to pass these as arguments to your seed script? If so, add a -- separator before them:"
                    + "\n$ refract db seed -- --arg1 value1 --arg2 value2");
        }
        try {
            Optional<SeedConfig> seed = SeedConfig.find(context.cwd());
            if (seed.isEmpty()) {
                context.err().println("No seed command configured: set " + SeedConfig.KEY + " in "
                        + SeedConfig.REFRACT_CONFIG + " (or in prisma.config.ts, or \"prisma\": {\"seed\": ...} in"
                        + " package.json).");
                return ExitCodes.OK;
            }
            return Seeder.run(context, schemaDir(), seed.get(), args);
        } catch (RefractException e) {
            return MigrateTarget.fail(context, e);
        }
    }

    /** The schema's folder, for its {@code .env}; none needed when no schema is found. */
    private Path schemaDir() {
        try {
            SchemaLocation location = new SchemaLocator(context.cwd()).locate(schema);
            return location.folder() ? location.location() : location.location().toAbsolutePath().getParent();
        } catch (UsageException e) {
            if (schema != null) {
                throw e;
            }
            return null;
        }
    }
}
