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
 * atomic increments, compound uniques, select, upsert, bulk writes, a transaction.
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
                    "not loaded: true",
                    "insensitive 1",
                    "missing false",
                    "by role alice@prisma.io",
                    "selected false bob@example.com",
                    "upserted carol@x.io false",
                    "aggregate 3 avg=3.3333333333333335 sum=10 max=Third min=false",
                    "groups [false=2/0, true=1/10]",
                    "by role [READER:2, WRITER:1]",
                    "distinct [false, true]",
                    "first Hello! bob@example.com",
                    "orThrow P2025",
                    "ordered [Hello!, Still a draft] alice@prisma.io",
                    "createMany 2",
                    "createManyAndReturn [C/de]",
                    "updateMany 4",
                    "after tx 5",
                    "deleteMany 5",
                    "count 0");
        }
    }
}
