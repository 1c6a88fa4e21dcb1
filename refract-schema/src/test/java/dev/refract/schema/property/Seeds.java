package dev.refract.schema.property;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Valid schemas that the properties mutate: a few written here, plus, when Prisma's corpora are
 * beside the repository, every validation-corpus file that expects no diagnostics and the large
 * real-world test schemas. The corpora are read in place, never copied.
 */
final class Seeds {
    static final List<String> BUILT_IN = List.of("""
            generator client {
              provider        = "prisma-client"
              output          = "../generated"
              previewFeatures = ["relationJoins"]
            }

            datasource db {
              provider = "postgresql"
              schemas  = ["public", "audit"]
            }

            /// A user of the application.
            model User {
              id        Int      @id @default(autoincrement())
              email     String   @unique @db.VarChar(255)
              name      String?  // shown in the UI
              role      Role     @default(USER)
              posts     Post[]
              createdAt DateTime @default(now()) @map("created_at")

              @@index([name(ops: raw("gin_trgm_ops"))], type: Gin)
              @@map("users")
              @@schema("public")
            }

            model Post {
              id       BigInt  @id
              title    String
              tags     String[] @default([])
              author   User    @relation(fields: [authorId], references: [id], onDelete: Cascade)
              authorId Int
              score    Decimal @default(1.5) @db.Decimal(10, 2)

              @@unique([authorId, title], map: "post_author_title")
              @@schema("audit")
            }

            enum Role {
              USER
              ADMIN @map("admin")

              @@schema("public")
            }
            """, """
            datasource db {
              provider = "mongodb"
            }

            type Address {
              street String
              city   String?
              geo    Float[]
            }

            model Customer {
              id      String    @id @default(auto()) @map("_id") @db.ObjectId
              address Address?
              tags    String[]
              meta    Json      @default("{\\"a\\": [1, 2]}")

              @@index([address.city])
            }
            """, """
            datasource db {
              provider     = "mysql"
              relationMode = "prisma"
            }

            model A {
              id Int @id
              b  B?
            }

            model B {
              id  Int   @id
              aId Int?  @unique
              a   A?    @relation(fields: [aId], references: [id], onUpdate: NoAction)
              u   Bytes @default("")

              @@fulltext([id])
            }

            view V {
              id Int @unique
            }
            """, """
            model OnlyAModel {
              id    String @id @default(cuid())
              other String @default(uuid(7))
              when  DateTime @updatedAt
            }
            """);

    private Seeds() {
    }

    /** Every seed: the built-in ones first, then the corpora's when present. */
    static List<String> all() {
        List<String> seeds = new ArrayList<>(BUILT_IN);
        corpora().ifPresent(engines -> {
            for (Path file : files(engines.resolve("psl/psl/tests/validation"))) {
                String text = read(file);
                if (expectsNoDiagnostics(text)) {
                    seeds.add(text);
                }
            }
            for (Path file : files(engines.resolve("query-engine/schema/test-schemas"))) {
                seeds.add(read(file));
            }
        });
        return List.copyOf(seeds);
    }

    /** The corpus convention: expected diagnostics are a trailing run of {@code //} lines. */
    static boolean expectsNoDiagnostics(String text) {
        String[] lines = text.strip().split("\n");
        return lines.length > 0 && !lines[lines.length - 1].strip().startsWith("//");
    }

    static java.util.Optional<Path> corpora() {
        String configured = System.getProperty("refract.conformance");
        Path root = configured != null && !configured.isBlank()
                ? Path.of(configured) : Path.of("..", "..", "shared", "conformance");
        Path engines = root.resolve("prisma-engines");
        return Files.isDirectory(engines) ? java.util.Optional.of(engines) : java.util.Optional.empty();
    }

    private static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".prisma")).filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
