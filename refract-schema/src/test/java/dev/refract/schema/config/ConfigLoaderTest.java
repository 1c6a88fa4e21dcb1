package dev.refract.schema.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.schema.PrismaSchema;
import dev.refract.schema.ValidatedSchema;
import dev.refract.schema.connector.Connectors;
import dev.refract.schema.connector.PostgresExtension;
import dev.refract.schema.connector.PostgresExtensions;
import dev.refract.schema.connector.RelationMode;
import dev.refract.schema.diagnostics.SourceFile;
import dev.refract.testing.Golden;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigLoaderTest {

    private static Configuration config(String schema) {
        ValidatedSchema validated = PrismaSchema.validate(schema);
        assertThat(validated.render(false)).isEmpty();
        return validated.configuration();
    }

    @Test
    void envUrlIsRecordedNotResolved() {
        Configuration c = config("""
                datasource db {
                  provider  = "postgres"
                  url       = env("SURELY_NOT_SET_ANYWHERE")
                  directUrl = env("DIRECT")
                }
                """);
        Datasource ds = c.datasource().orElseThrow();
        assertThat(ds.provider()).isEqualTo("postgres");
        assertThat(ds.activeProvider()).isEqualTo("postgresql");
        assertThat(ds.connector()).isSameAs(Connectors.POSTGRES);
        assertThat(ds.url()).isEqualTo(StringFromEnvVar.fromEnv("SURELY_NOT_SET_ANYWHERE"));
        assertThat(ds.directUrl().envVar()).isEqualTo("DIRECT");
        assertThat(ds.url().resolve(Map.of("SURELY_NOT_SET_ANYWHERE", "postgres://x")::get)).isEqualTo("postgres://x");
        assertThat(ds.url().resolve(name -> null)).isNull();
    }

    @Test
    void prisma7DatasourceWithoutUrlIsAccepted() {
        Datasource ds = config("""
                datasource db {
                  provider = "sqlite"
                }
                """).datasource().orElseThrow();
        assertThat(ds.url()).isNull();
        assertThat(ds.urlIfSet()).isEmpty();
        assertThat(ds.urlSpan()).isEqualTo(ds.span());
    }

    @Test
    void relationModeDefaultsPerConnector() {
        assertThat(config("datasource db {\n  provider = \"mongodb\"\n}\n").relationMode())
                .isEqualTo(RelationMode.PRISMA);
        assertThat(config("datasource db {\n  provider = \"mysql\"\n}\n").relationMode())
                .isEqualTo(RelationMode.FOREIGN_KEYS);
        assertThat(config("datasource db {\n  provider = \"mysql\"\n  relationMode = \"prisma\"\n}\n")
                .relationMode()).isEqualTo(RelationMode.PRISMA);
        assertThat(Configuration.EMPTY.connector()).isSameAs(Connectors.EMPTY);
        assertThat(Configuration.EMPTY.relationMode()).isEqualTo(RelationMode.FOREIGN_KEYS);
    }

    @Test
    void schemasAreSortedAndExtensionsRead() {
        Datasource ds = config("""
                generator js {
                  provider        = "prisma-client"
                  previewFeatures = ["postgresqlExtensions"]
                }

                datasource db {
                  provider   = "postgresql"
                  schemas    = ["two", "one"]
                  extensions = [uuid_ossp(map: "uuid-ossp", schema: "ext"), citext]
                }
                """).datasource().orElseThrow();
        assertThat(ds.namespaces()).extracting(Namespace::name).containsExactly("one", "two");
        assertThat(ds.hasSchema("two")).isTrue();
        PostgresExtensions extensions = (PostgresExtensions) ds.connectorData();
        assertThat(extensions.extensions()).extracting(PostgresExtension::name).containsExactly("citext", "uuid_ossp");
        assertThat(extensions.findByDatabaseName("uuid-ossp")).get()
                .extracting(PostgresExtension::schema).isEqualTo("ext");
    }

    @Test
    void generatorSettingsAndPreviewFeatures() {
        Configuration c = config("""
                generator client {
                  provider        = "prisma-client"
                  output          = env("OUT")
                  previewFeatures = ["views", "RELATIONJOINS"]
                  binaryTargets   = ["native", env("TARGET")]
                  moduleFormat    = "esm"
                  flags           = [a, "b", env("C")]
                  size            = 3
                }
                """);
        Generator g = c.generators().get(0);
        assertThat(g.provider().literal()).isEqualTo("prisma-client");
        assertThat(g.output().envVar()).isEqualTo("OUT");
        assertThat(g.binaryTargets()).containsExactly(StringFromEnvVar.ofLiteral("native"),
                StringFromEnvVar.fromEnv("TARGET"));
        assertThat(c.previewFeatures()).containsExactlyInAnyOrder(PreviewFeature.VIEWS, PreviewFeature.RELATION_JOINS);
        assertThat(g.config()).containsExactly(
                Map.entry("moduleFormat", new GeneratorConfigValue.Text("esm")),
                Map.entry("flags", new GeneratorConfigValue.Array(List.of(new GeneratorConfigValue.Text("a"),
                        new GeneratorConfigValue.Text("b"), new GeneratorConfigValue.Env("C")))),
                Map.entry("size", new GeneratorConfigValue.Text("3")));
    }

    @Test
    void renamedFeatureIsEnabledUnderItsNewName() {
        ValidatedSchema v = PrismaSchema.validate("""
                generator client {
                  provider        = "prisma-client"
                  previewFeatures = ["fullTextSearch"]
                }
                datasource db {
                  provider = "postgresql"
                }
                """);
        assertThat(v.configuration().previewFeatures()).containsExactly(PreviewFeature.FULL_TEXT_SEARCH_POSTGRES);
        assertThat(v.diagnostics().warnings()).hasSize(1);
    }

    @Test
    void diagnosticsOfBrokenConfiguration() {
        String schema = """
                generator a {
                  provider        = 42
                }

                generator b {
                  provider        = "prisma-client"
                  engineType      = library
                  previewFeatures = ["metrics", "nativeTypes", "nope", "fullTextSearchPostgres"]
                  custom          = env()
                }

                datasource db {
                  provider             = "mysql"
                  url                  = env(name: "URL")
                  shadowDatabaseUrl    = env("URL")
                  referentialIntegrity = "prisma"
                  previewFeatures      = ["views"]
                  schemas              = []
                  color                = "blue"
                }

                datasource other {
                  provider = "mongodb"
                  relationMode = "foreignKeys"
                }

                datasource third {
                  provider = env("P")
                }

                datasource fourth {
                  provider = "oracle"
                }
                """;
        ValidatedSchema v = PrismaSchema.validate(List.of(new SourceFile("schema.prisma", schema)));
        Golden.assertMatches("config/broken.diagnostics.txt", v.render(false));
    }

    @Test
    void previewFeaturesFollowTheDatasourceOfTheirOwnFile() {
        // Prisma loads configuration file by file: a generator only sees the datasource next to it.
        ValidatedSchema v = PrismaSchema.validate(List.of(
                new SourceFile("generator.prisma", """
                        generator client {
                          provider        = "prisma-client"
                          previewFeatures = ["fullTextSearch"]
                        }
                        """),
                new SourceFile("datasource.prisma", """
                        datasource db {
                          provider = "postgresql"
                        }
                        """)));
        assertThat(v.diagnostics().warnings()).extracting(d -> d.message()).containsExactly(
                "Preview feature \"fullTextSearch\" is deprecated. The functionality can be used without specifying it "
                        + "as a preview feature.");
        assertThat(v.configuration().previewFeatures()).containsExactly(PreviewFeature.FULL_TEXT_SEARCH);
        assertThat(v.configuration().connector()).isSameAs(Connectors.POSTGRES);
    }
}
