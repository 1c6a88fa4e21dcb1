package dev.refract.migrate.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refract.engine.error.RefractException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the seed command comes from, in Prisma 6.19's order with Refract's file first, and how it is split. */
class SeedConfigTest {
    @TempDir
    Path dir;

    private String found() {
        return SeedConfig.find(dir).map(SeedConfig::command).orElse(null);
    }

    @Test
    void nothingConfigured() throws Exception {
        assertThat(found()).isNull();
        Files.writeString(dir.resolve("package.json"), "{\"name\": \"x\", \"prisma\": {\"schema\": \"db/schema.prisma\"}}");
        assertThat(found()).isNull();
        Files.writeString(dir.resolve("prisma.config.ts"), "export default defineConfig({ schema: 'prisma/schema.prisma' })\n");
        assertThat(found()).isNull();
    }

    @Test
    void packageJsonUpFromTheRoot() throws Exception {
        Files.writeString(dir.resolve("package.json"), "{\"prisma\": {\"seed\": \"tsx prisma/seed.ts\"}}");
        Path sub = Files.createDirectories(dir.resolve("app"));
        assertThat(SeedConfig.find(sub)).get().extracting(SeedConfig::command).isEqualTo("tsx prisma/seed.ts");
    }

    @Test
    void prismaConfigBeforePackageJsonAndRefractConfigFirst() throws Exception {
        Files.writeString(dir.resolve("package.json"), "{\"prisma\": {\"seed\": \"node seed.js\"}}");
        Files.writeString(dir.resolve("prisma.config.ts"), "import { defineConfig } from 'prisma/config'\n"
                + "export default defineConfig({\n  migrations: {\n    path: 'prisma/migrations',\n"
                + "    seed: \"tsx prisma/seed.ts --name \\\"x\\\"\",\n  },\n})\n");
        assertThat(found()).isEqualTo("tsx prisma/seed.ts --name \"x\"");
        Files.writeString(dir.resolve(SeedConfig.REFRACT_CONFIG), "# Refract\nmigrations.seed = mvn -q exec:java\n");
        assertThat(found()).isEqualTo("mvn -q exec:java");
        assertThat(SeedConfig.find(dir).get().source()).isEqualTo(dir.resolve(SeedConfig.REFRACT_CONFIG));
    }

    @Test
    void badSeedsArePrismasErrors() throws Exception {
        Files.writeString(dir.resolve("package.json"), "{\"prisma\": {\"seed\": 3}}");
        assertThatThrownBy(this::found).isInstanceOf(RefractException.class)
                .hasMessage("Provided seed command `3` from `package.json` must be of type string");
        Files.writeString(dir.resolve("package.json"), "{\"prisma\": {\"seed\": \"\"}}");
        assertThatThrownBy(this::found).hasMessage("Provided seed command `` from `package.json` cannot be empty");
        Files.writeString(dir.resolve("prisma.config.ts"), "export default defineConfig({ migrations: { seed: cmd } })");
        assertThatThrownBy(this::found).hasMessageContaining("only when it is a plain string literal");
        Files.writeString(dir.resolve("prisma.config.ts"), "export default { migrations: { seed: `tsx ${f}` } }");
        assertThatThrownBy(this::found).hasMessageContaining("only when it is a plain string literal");
    }

    @Test
    void splitsOnSpacesAsPrismaDoes() {
        assertThat(Seeder.split("  tsx   prisma/seed.ts --x 1 ")).containsExactly("tsx", "prisma/seed.ts", "--x", "1");
        assertThat(Seeder.split("node my\\ seed.js 'a b'")).isEqualTo(List.of("node", "my seed.js", "'a", "b'"));
    }
}
