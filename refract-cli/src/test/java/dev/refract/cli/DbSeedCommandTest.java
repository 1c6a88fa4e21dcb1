package dev.refract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * refract db seed end to end with real commands ({@code sh} scripts): Prisma's messages and exit
 * codes, extra arguments after {@code --}, the {@code .env} variables passed on, and the seed run
 * by {@code migrate reset} unless {@code --skip-seed}.
 */
@DisabledOnOs(OS.WINDOWS)
class DbSeedCommandTest {
    @TempDir
    Path dir;

    private void packageJson(String seed) throws Exception {
        Files.writeString(dir.resolve("package.json"), "{\"name\": \"app\", \"prisma\": {\"seed\": \"" + seed + "\"}}\n");
    }

    @Test
    void runsTheConfiguredCommandWithArgumentsAndTheDotEnv() throws Exception {
        Files.writeString(dir.resolve(".env"), "DATABASE_URL=\"file:./dev.db\"\n");
        Files.writeString(dir.resolve("seed.sh"), "echo \"seeding $DATABASE_URL with $*\"\necho warn >&2\n");
        packageJson("sh seed.sh");
        CliRun run = CliRun.in(dir, "db", "seed", "--", "--count", "3");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("Running seed command `sh seed.sh --count 3` ...\n"
                + "seeding file:./dev.db with --count 3\n\n\uD83C\uDF31  The seed command has been executed.\n");
        assertThat(run.err()).isEqualTo("warn\n");
    }

    @Test
    void aFailingSeedExitsOneWithPrismasErrorBlock() throws Exception {
        Files.writeString(dir.resolve("fail.sh"), "echo boom >&2\nexit 3\n");
        Files.writeString(dir.resolve(dev.refract.migrate.seed.SeedConfig.REFRACT_CONFIG), "migrations.seed=sh fail.sh\n");
        CliRun run = CliRun.in(dir, "db", "seed");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEqualTo("Running seed command `sh fail.sh` ...\n");
        assertThat(run.err()).isEqualTo("boom\n\nAn error occurred while running the seed command:\n"
                + "Error: Command failed with exit code 3: sh fail.sh\n");

        packageJson("no-such-seed-program x");
        Files.delete(dir.resolve(dev.refract.migrate.seed.SeedConfig.REFRACT_CONFIG));
        CliRun missing = CliRun.in(dir, "db", "seed");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("Error: Command failed with ENOENT: no-such-seed-program x\n"
                + "spawn no-such-seed-program ENOENT");
    }

    @Test
    void notConfiguredDoesNothingAndBadUsageIsExplained() throws Exception {
        CliRun none = CliRun.in(dir, "db", "seed");
        assertThat(none.exitCode()).isZero();
        assertThat(none.out()).isEmpty();
        assertThat(none.err()).startsWith("No seed command configured: set migrations.seed in refract.config.properties");

        packageJson("sh seed.sh");
        CliRun flag = CliRun.in(dir, "db", "seed", "--count", "3");
        assertThat(flag.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(flag.err()).contains("unknown or unexpected option: --count\n"
                + "Did you mean to pass these as arguments to your seed script?");

        Files.writeString(dir.resolve("package.json"), "{\"prisma\": {\"seed\": false}}");
        CliRun bad = CliRun.in(dir, "db", "seed");
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).isEqualTo("Error: Provided seed command `false` from `package.json` must be of type string\n");
    }

    @Test
    void resetSeedsUnlessSkipped() throws Exception {
        Path prisma = Files.createDirectories(dir.resolve("prisma"));
        Files.writeString(prisma.resolve("schema.prisma"), "datasource db {\n  provider = \"sqlite\"\n"
                + "  url      = \"file:./dev.db\"\n}\n\nmodel User {\n  id Int @id\n}\n");
        assertThat(CliRun.in(dir, "migrate", "dev", "--name", "init").exitCode()).isZero();
        Files.writeString(dir.resolve("seed.sh"), "echo seeded\n");
        packageJson("sh seed.sh");
        CliRun reset = CliRun.in(dir, "migrate", "reset", "--force");
        assertThat(reset.exitCode()).as(reset.err()).isZero();
        assertThat(reset.out()).endsWith("\n\nRunning seed command `sh seed.sh` ...\nseeded\n\n"
                + "\uD83C\uDF31  The seed command has been executed.\n");
        CliRun skipped = CliRun.in(dir, "migrate", "reset", "--force", "--skip-seed");
        assertThat(skipped.exitCode()).isZero();
        assertThat(skipped.out()).doesNotContain("seed");
    }
}
