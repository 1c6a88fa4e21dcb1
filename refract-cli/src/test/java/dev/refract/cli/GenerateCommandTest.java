package dev.refract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
    static final String SCHEMA = """
            datasource db {
              provider = "sqlite"
              url      = env("BLOG_DB")
            }

            model User {
              id    Int    @id @default(autoincrement())
              email String @unique
            }

            enum Role {
              A
              B
            }
            """;

    @TempDir
    Path dir;

    @Test
    void writesTheClientWithTheSchemasUrlVariable() throws IOException {
        Files.createDirectories(dir.resolve("prisma"));
        Files.writeString(dir.resolve("prisma/schema.prisma"), SCHEMA);
        CliRun run = CliRun.in(dir, "generate", "--output", "gen", "--package", "com.example.db");
        assertThat(run.err()).startsWith("Prisma schema loaded from prisma/schema.prisma.");
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.out()).isEqualTo("✔ Generated the Refract client (4 files, package com.example.db) to gen\n");
        Path pkg = dir.resolve("gen/com/example/db");
        assertThat(pkg.resolve("User.java")).exists();
        assertThat(pkg.resolve("Role.java")).exists();
        assertThat(pkg.resolve("RefractSchema.java")).exists();
        assertThat(Files.readString(pkg.resolve("Refract.java"))).contains("\"BLOG_DB\"");
    }

    @Test
    void defaultsAndInvalidSchema() throws IOException {
        Files.writeString(dir.resolve("schema.prisma"), SCHEMA);
        assertThat(CliRun.in(dir, "generate").exitCode()).isEqualTo(0);
        assertThat(dir.resolve("target/generated-sources/refract/refract/client/Refract.java")).exists();
        Files.writeString(dir.resolve("schema.prisma"), SCHEMA + "\nthis is not a block\n");
        assertThat(CliRun.in(dir, "generate").exitCode()).isEqualTo(ExitCodes.INVALID);
    }

    @Test
    void badPackage() throws IOException {
        Files.writeString(dir.resolve("schema.prisma"), SCHEMA);
        CliRun run = CliRun.in(dir, "generate", "--package", "not a package");
        assertThat(run.exitCode()).isNotEqualTo(0);
        assertThat(run.err()).contains("--package not a package is not a Java package name.");
    }
}
