package dev.refract.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The goal on temporary projects, run as Maven runs it (fields injected, then execute): it
 * generates, skips while nothing changed, regenerates on a change and removes what is no longer
 * generated, and fails on an invalid schema with Prisma's diagnostics.
 */
class GenerateMojoTest {
    private static final String SCHEMA = """
            datasource db {
              provider = "sqlite"
              url      = "file:./dev.db"
            }

            model User {
              id    Int    @id @default(autoincrement())
              email String @unique
            }
            """;

    @TempDir
    Path dir;

    @Test
    void generatesThenSkipsWhileNothingChanges() throws Exception {
        Path schema = write("prisma/schema.prisma", SCHEMA + "\nmodel Tag {\n  id Int @id\n}\n");
        Path out = dir.resolve("target/generated-sources/refract");
        Run first = run(schema, out, "com.example.db");
        assertThat(first.info()).anyMatch(l -> l.startsWith("Generated the Refract client (4 files, 4 changed, package com.example.db)"));
        assertThat(out.resolve("com/example/db/Tag.java")).isRegularFile();
        assertThat(first.project().getCompileSourceRoots()).contains(out.toString());

        Run second = run(schema, out, "com.example.db");
        assertThat(second.info()).anyMatch(l -> l.startsWith("Refract client is up to date, generation skipped"));
        assertThat(second.project().getCompileSourceRoots()).contains(out.toString());

        // A changed schema regenerates, and the removed model's file goes with it.
        Files.writeString(schema, SCHEMA + "\n/// Added.\nmodel Post {\n  id Int @id\n}\n");
        Run third = run(schema, out, "com.example.db");
        assertThat(third.info()).anyMatch(l -> l.startsWith("Generated the Refract client (4 files, 3 changed"));
        assertThat(out.resolve("com/example/db/Post.java")).isRegularFile();
        assertThat(out.resolve("com/example/db/Tag.java")).doesNotExist();

        // So does another package, and a generated file deleted by hand.
        assertThat(run(schema, out, "com.example.other").info()).anyMatch(l -> l.startsWith("Generated the Refract client"));
        Files.delete(out.resolve("com/example/other/Post.java"));
        assertThat(run(schema, out, "com.example.other").info()).anyMatch(l -> l.startsWith("Generated the Refract client"));
        assertThat(out.resolve("com/example/other/Post.java")).isRegularFile();
    }

    @Test
    void readsAFolderAsOneSchema() throws Exception {
        write("prisma/schema/base.prisma", "datasource db {\n  provider = \"postgresql\"\n  url = env(\"DB_URL\")\n}\n");
        write("prisma/schema/user.prisma", "model User {\n  id Int @id\n}\n");
        Path out = dir.resolve("out");
        run(dir.resolve("prisma/schema"), out, "refract.client");
        assertThat(Files.readString(out.resolve("refract/client/Refract.java"))).contains("\"DB_URL\"");
        assertThat(out.resolve("refract/client/User.java")).isRegularFile();
    }

    @Test
    void anInvalidSchemaFailsWithPrismasDiagnostics() throws Exception {
        Path schema = write("prisma/schema.prisma", SCHEMA.replace("String @unique", "Strin @unique"));
        Path out = dir.resolve("out");
        List<String> errors = new ArrayList<>();
        assertThatThrownBy(() -> run(schema, out, "refract.client", errors))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("is invalid: 1 error(s)");
        String printed = String.join("\n", errors);
        assertThat(printed).contains("Error code: P1012")
                .contains("Type \"Strin\" is neither a built-in type, nor refers to another model,")
                .contains("Validation Error Count: 1");
        assertThat(out).doesNotExist();
    }

    @Test
    void aMissingSchemaOrABadPackageFailsTheBuild() {
        assertThatThrownBy(() -> run(dir.resolve("prisma/schema.prisma"), dir.resolve("out"), "refract.client"))
                .isInstanceOf(MojoFailureException.class).hasMessageContaining("file or directory not found");
        assertThatThrownBy(() -> run(dir, dir.resolve("out"), "not a package"))
                .isInstanceOf(MojoFailureException.class).hasMessageContaining("is not a Java package name");
    }

    @Test
    void skipDoesNothing() throws Exception {
        GenerateMojo mojo = mojo(dir.resolve("missing.prisma"), dir.resolve("out"), "refract.client", new MavenProject());
        set(mojo, "skip", true);
        mojo.execute();
        assertThat(dir.resolve("out")).doesNotExist();
    }

    private record Run(MavenProject project, List<String> info) {
    }

    private Run run(Path schema, Path out, String pkg) throws Exception {
        return run(schema, out, pkg, new ArrayList<>());
    }

    private Run run(Path schema, Path out, String pkg, List<String> errors) throws Exception {
        MavenProject project = new MavenProject();
        List<String> info = new ArrayList<>();
        GenerateMojo mojo = mojo(schema, out, pkg, project);
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                info.add(content.toString());
            }

            @Override
            public void error(CharSequence content) {
                errors.add(content.toString());
            }
        });
        mojo.execute();
        return new Run(project, info);
    }

    private static GenerateMojo mojo(Path schema, Path out, String pkg, MavenProject project) throws Exception {
        GenerateMojo mojo = new GenerateMojo();
        set(mojo, "schema", schema.toFile());
        set(mojo, "outputDirectory", out.toFile());
        set(mojo, "packageName", pkg);
        set(mojo, "project", project);
        return mojo;
    }

    private static void set(Object target, String name, Object value) throws ReflectiveOperationException {
        Field f = target.getClass().getDeclaredField(name);
        f.setAccessible(true);
        f.set(target, value);
    }

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }
}
