package dev.refract.generator;

import dev.refract.testing.TestDatabase;
import dev.refract.testing.TestDatabases;
import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.migrate.ddl.CreateSchema;
import dev.refract.model.SchemaModel;
import java.sql.Connection;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Generates the blog client, compiles it with a program written against it (e2e/Scenario.java)
 * and runs that program on a real database: nested create, findMany with filters and include,
 * atomic increments, compound uniques, select, upsert, bulk writes, a transaction, groupBy with
 * having and aggregate order, relation counts, required relations by link; and the Json filters
 * (both databases) and scalar-list filters (PostgreSQL) on schemas that have those fields.
 */
class EndToEndTest {
    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void scenario(String provider) throws Exception {
        SchemaModel schema = Schemas.blog(provider);
        Map<String, String> sources = new LinkedHashMap<>(ClientGenerator.generate(schema,
                ClientGenerator.Options.of("com.example.blog")));
        sources.put("com/example/blog/Scenario.java", Schemas.resource("e2e/Scenario.java"));
        Javac.Result compiled = Javac.compile(sources);
        assertThat(compiled.errors()).isEmpty();
        try (TestDatabase db = TestDatabases.of(provider)) {
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                for (String ddl : CreateSchema.statements(schema)) {
                    st.execute(ddl);
                }
            }
            @SuppressWarnings("unchecked")
            Function<String, List<String>> scenario = (Function<String, List<String>>) compiled.loader()
                    .loadClass("com.example.blog.Scenario").getConstructor().newInstance();
            assertThat(scenario.apply(db.prismaUrl())).containsExactly(
                    "created alice@prisma.io WRITER posts=2",
                    "writers 1 first=Alice published=1",
                    "views 7 title=Hello!",
                    "nested [Hello!:10, Still a draft:0, Third:0]",
                    "not loaded: Post.author was not loaded: include it (include(i -> i.author())); Refract never loads"
                            + " fields lazily.",
                    "insensitive 1",
                    "missing false",
                    "by role alice@prisma.io",
                    "selected false bob@example.com",
                    "upserted carol@x.io false",
                    "aggregate 3 avg=3.3333333333333335 sum=10 max=Third min=false",
                    "groups [false=2/0, true=1/10]",
                    "by role [READER:2, WRITER:1]",
                    "having [false=2] [true:10.0, false:0.0]",
                    "_count 1 alice@prisma.io",
                    "count not loaded: User._count.posts was not loaded: include it (include(i -> i.postsCount()));"
                            + " Refract never loads fields lazily.",
                    "solo bob@example.com Dave",
                    "distinct [false, true]",
                    "first Hello! bob@example.com",
                    "orThrow P2025",
                    "ordered [Hello!, Still a draft] alice@prisma.io",
                    "createMany 2",
                    "createManyAndReturn [C/de]",
                    "updateMany 4",
                    "after tx 5",
                    "raw in tx 0 0",
                    "rolled back 5",
                    "deleteMany 5",
                    "count 0");
        }
    }

    /** Runs {@code scenario} (a resource under e2e/) against a client of {@code schema} on a fresh database. */
    private static List<String> run(String provider, SchemaModel schema, ClientGenerator.Options options, String scenario)
            throws Exception {
        Map<String, String> sources = new LinkedHashMap<>(ClientGenerator.generate(schema, options));
        sources.put(options.packageName().replace('.', '/') + "/" + scenario + ".java", Schemas.resource("e2e/" + scenario + ".java"));
        Javac.Result compiled = Javac.compile(sources);
        assertThat(compiled.errors()).isEmpty();
        try (TestDatabase db = TestDatabases.of(provider)) {
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                for (String ddl : CreateSchema.statements(schema)) {
                    st.execute(ddl);
                }
            }
            @SuppressWarnings("unchecked")
            Function<String, List<String>> run = (Function<String, List<String>>) compiled.loader()
                    .loadClass(options.packageName() + "." + scenario).getConstructor().newInstance();
            return run.apply(db.prismaUrl());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void jsonFilters(String provider) throws Exception {
        List<String> out = run(provider, Schemas.parse(Schemas.resource("schemas/json.prisma").replace("PROVIDER", provider)),
                ClientGenerator.Options.of("com.example.json"), "JsonScenario");
        List<String> expected = new java.util.ArrayList<>(List.of("string_contains 1", "string_starts_with 1", "gt 1",
                "lte 2", "path equals 1", "index 1", "array_starts_with 1", "array_ends_with 1", "equals 1", "not 1",
                "db null 1"));
        if (provider.equals("postgresql")) {
            expected.add("array_contains 2");
        }
        assertThat(out).containsExactlyElementsOf(expected);
    }

    @org.junit.jupiter.api.Test
    void scalarListFiltersOnPostgresql() throws Exception {
        assertThat(run("postgresql", Schemas.parse(Schemas.resource("schemas/kitchen.prisma")),
                new ClientGenerator.Options("com.example.kitchen", "Db", "DATABASE_URL", null), "ListScenario"))
                .containsExactly("has 2", "hasEvery 1", "hasSome 1", "isEmpty 1 2", "equals 1", "enum has 2 1");
    }
}
