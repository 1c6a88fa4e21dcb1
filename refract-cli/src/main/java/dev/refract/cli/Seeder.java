package dev.refract.cli;

import dev.refract.engine.connect.DotEnv;
import dev.refract.engine.error.RefractException;
import dev.refract.migrate.seed.SeedConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The seed step of {@code db seed}, of {@code migrate dev} (when it created the database) and of
 * {@code migrate reset} (unless {@code --skip-seed}): finds the command in the project's
 * configuration ({@link SeedConfig}, from the working directory) and runs it with
 * refract-migrate's {@link dev.refract.migrate.seed.Seeder}, with the {@code .env} variables set,
 * so every command seeds the same way.
 */
final class Seeder {
    private Seeder() {
    }

    /**
     * After {@code migrate dev} or {@code reset}: runs the configured seed, if any, after a blank
     * line, as Prisma does; without one it prints nothing.
     *
     * @return the exit code to end with: {@link ExitCodes#OK} when the seed ran or none is configured
     */
    static int afterMigrate(CliContext context, MigrateTarget target) {
        try {
            Optional<SeedConfig> seed = SeedConfig.find(context.cwd());
            if (seed.isEmpty()) {
                return ExitCodes.OK;
            }
            context.out().println();
            return run(context, target.schemaDir(), seed.get(), List.of());
        } catch (RefractException e) {
            return MigrateTarget.fail(context, e);
        }
    }

    /** Runs {@code seed} with {@code extraArgs}; {@link ExitCodes#OK} when it exited 0, else 1. */
    static int run(CliContext context, Path schemaDir, SeedConfig seed, List<String> extraArgs) {
        dev.refract.migrate.seed.Seeder seeder = new dev.refract.migrate.seed.Seeder(context.cwd(),
                dotEnv(context.cwd(), schemaDir), context.out(), context.err());
        return seeder.run(seed, extraArgs) ? ExitCodes.OK : ExitCodes.INVALID;
    }

    /** The variables of the root's and the schema folder's {@code .env}, expanded, that the environment lacks. */
    private static Map<String, String> dotEnv(Path root, Path schemaDir) {
        Function<String, String> loaded = DotEnv.load(root, schemaDir);
        Map<String, String> vars = new LinkedHashMap<>();
        for (Path dir : new Path[] {root, schemaDir}) {
            Path file = dir == null ? null : dir.resolve(".env");
            if (file != null && Files.isRegularFile(file)) {
                try {
                    for (String key : DotEnv.parse(Files.readString(file, StandardCharsets.UTF_8)).keySet()) {
                        if (System.getenv(key) == null && loaded.apply(key) != null) {
                            vars.putIfAbsent(key, loaded.apply(key));
                        }
                    }
                } catch (IOException e) {
                    throw new UsageException("Cannot read " + file + ": " + e.getMessage());
                }
            }
        }
        return vars;
    }
}
