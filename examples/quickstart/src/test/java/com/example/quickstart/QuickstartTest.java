package com.example.quickstart;

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
 * The quickstart as bin/quickstart runs it: the committed migrations applied to a fresh SQLite
 * database, then Main as its own process (so its exit code is checked), twice, since the tour
 * empties the tables first and must give the same output again.
 */
class QuickstartTest {
    static final List<String> EXPECTED = List.of(
            "Refract quickstart: the typed client generated from schema.prisma, on SQLite",
            "== 1. Create with nested writes: a user, their profile (1:1), posts (1:n) and tags (m:n)",
            "created Alice <alice@prisma.io> WRITER, profile settings {\"theme\":\"dark\",\"newsletter\":true}",
            "  post \"Hello, Refract\" published=true tags=[java, sqlite]",
            "  post \"Typed queries\" published=true tags=[java]",
            "  post \"Draft: migrations\" published=false tags=[]",
            "created Bob (1 post) and Carol (none): 3 users, 4 posts, 2 tags",
            "== 2. findMany with filters, include and orderBy: published posts tagged java, by title Z to A",
            "\"Typed queries\" by Alice, tags [java]",
            "\"Hello, Refract\" by Alice, tags [java, sqlite]",
            "writers with a published post: [Alice, Bob]",
            "no lazy loading: User.posts was not loaded: include it (include(i -> i.posts())); Refract never loads fields lazily.",
            "== 3. Cursor pagination: all posts, two at a time, by id",
            "page 1: \"Hello, Refract\", \"Typed queries\"",
            "page 2: \"Draft: migrations\", \"Bob's notes\"",
            "== 4. Update with an atomic increment",
            "\"Hello, Refract\" views: 0 -> 13 (views = views + n in the database, no read-modify-write)",
            "== 5. Upsert and groupBy",
            "upsert #1: Dave is READER",
            "upsert #2: Dave is ADMIN",
            "users by role: ADMIN=1, READER=1, WRITER=2",
            "posts published=false: 1 post(s), 0 views",
            "posts published=true: 3 post(s), 13 views",
            "== 6. An interactive transaction",
            "committed: moved 1 post(s) to Alice, Bob is now READER",
            "rolled back on P2002: tag rust exists? false",
            "== 7. Raw SQL",
            "posts per tag: java=2, sqlite=2",
            "executeRaw updated 3 post(s) without content",
            "== Done.");

    @Test
    void runsOnAFreshlyMigratedDatabase() throws Exception {
        try (TestDatabase db = TestDatabases.sqlite()) {
            try (MigrateDatabase target = MigrateDatabase.open(db.prismaUrl(), Path.of("").toAbsolutePath())) {
                List<String> applied = new Migrate(target, new MigrationsFolder(Path.of("migrations"))).deploy(name -> { });
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
