package dev.refract.cli;

/**
 * The seed step of {@code migrate dev} (when it created the database) and {@code migrate reset}
 * (unless {@code --skip-seed}): runs the seed command the project configures, as {@code db seed}
 * does. The call point exists so both commands seed the same way; until {@code db seed} reads its
 * configuration this finds no seed command and does nothing, as Prisma does without one.
 */
final class Seeder {
    private Seeder() {
    }

    /**
     * Runs the configured seed, printing what Prisma prints around it.
     *
     * @return the exit code to end with: {@link ExitCodes#OK} when the seed ran or none is configured
     */
    static int afterMigrate(CliContext context, MigrateTarget target) {
        return ExitCodes.OK;
    }
}
