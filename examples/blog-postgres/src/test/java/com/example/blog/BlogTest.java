package com.example.blog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.migrate.apply.Migrate;
import dev.refract.migrate.apply.MigrateDatabase;
import dev.refract.migrate.history.MigrationsFolder;
import dev.refract.testing.TestDatabase;
import dev.refract.testing.TestDatabases;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The blog example as its README runs it: the committed migrations deployed to a fresh PostgreSQL
 * database, then Main as its own process (its exit code checked), twice, since the tour empties
 * the tables first and must print the same again.
 */
class BlogTest {
    static final List<String> EXPECTED = List.of(
            "Refract blog: the typed client generated from prisma/schema.prisma, on PostgreSQL",
            "== 1. Nested writes: authors with their posts, categories (m:n) and comments",
            "created Ada Lovelace with 3 posts: engines PUBLISHED [computing, history], poetry PUBLISHED [history],"
                    + " bernoulli DRAFT [computing]",
            "created Grace Hopper's post with a comment by Ada, and Grace's comment on Ada's: 4 posts, 2 comments, 2 categories",
            "== 2. findMany: case-insensitive search, date range, include, orderBy",
            "\"Why compilers\" by Grace Hopper [computing], comments: [Ada Lovelace: Lovely.]",
            "\"Notes on the Analytical Engine\" by Ada Lovelace [computing, history], comments: [Grace Hopper: A first program!]",
            "published in January 2024: [engines]",
            "== 3. Cursor pagination by slug, two per page",
            "page 1: [bernoulli, compilers]",
            "page 2: [engines, poetry]",
            "== 4. Atomic increments from 4 threads sharing one client",
            "engines views after 100 concurrent increments: 100",
            "== 5. Upsert, groupBy and aggregate",
            "upsert #1: Charles Babbage",
            "upsert #2: Charles Babbage (2)",
            "posts by status: DRAFT=1 (0 views), PUBLISHED=3 (100 views)",
            "published: 3 posts, avg views 33.3, latest 2024-03-05T15:30:00Z",
            "== 6. Interactive transactions",
            "committed: bernoulli is PUBLISHED with 1 comment",
            "rolled back on P2025: poetry is still PUBLISHED",
            "== 7. Raw SQL: jsonb and arrays",
            "reading time: [engines=7min, compilers=5min, poetry=3min]",
            "executeRaw added a view to 2 posts",
            "== Done.");

    @Test
    void runsOnAFreshlyMigratedDatabase() throws Exception {
        try (TestDatabase db = TestDatabases.postgres()) {
            try (MigrateDatabase target = MigrateDatabase.open(db.prismaUrl(), Path.of("prisma").toAbsolutePath())) {
                List<String> applied = new Migrate(target, new MigrationsFolder(Path.of("prisma/migrations"))).deploy(name -> { });
                assertThat(applied).singleElement().asString().endsWith("_init");
            }
            assertThat(runMain(db.prismaUrl())).containsExactlyElementsOf(EXPECTED);
            assertThat(runMain(db.prismaUrl())).containsExactlyElementsOf(EXPECTED);
        }
    }

    /** Runs Main in a JVM of its own on this test's classpath; returns its non-blank output lines. */
    static List<String> runMain(String url) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), url).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("Main finished").isTrue();
        assertThat(p.exitValue()).as("exit code; output:\n%s", output).isZero();
        List<String> lines = new ArrayList<>();
        output.lines().filter(l -> !l.isBlank()).forEach(lines::add);
        return lines;
    }
}
