package dev.refract.schema.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.schema.PrismaSchema;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatasourceUrlsTest {

    private static Datasource ds(String body) {
        return PrismaSchema.validate("datasource db {\n" + body + "}\n").configuration().datasource().orElseThrow();
    }

    @Test
    void envVariablesAreReadOnlyWhenAsked() {
        Datasource ds = ds("  provider = \"postgresql\"\n  url = env(\"DB\")\n");
        assertThat(DatasourceUrls.url(ds, Map.of("DB", "postgresql://h/db")::get).url()).isEqualTo("postgresql://h/db");
        assertThat(DatasourceUrls.url(ds, name -> null).error().message())
                .isEqualTo("Environment variable not found: DB.");
        assertThat(DatasourceUrls.url(ds, Map.of("DB", " ")::get).error().message())
                .isEqualTo("Error validating datasource `db`: You must provide a nonempty URL. The environment "
                        + "variable `DB` resolved to an empty string.");
        assertThat(DatasourceUrls.url(ds, Map.of("DB", "mysql://h")::get).error().message())
                .isEqualTo("Error validating datasource `db`: the URL must start with the protocol `postgresql://` "
                        + "or `postgres://`.");
    }

    @Test
    void directAndShadowUrls() {
        Datasource ds = ds("  provider = \"mysql\"\n  url = \"mysql://a\"\n  shadowDatabaseUrl = env(\"SHADOW\")\n");
        assertThat(DatasourceUrls.directUrl(ds, name -> null).url()).isEqualTo("mysql://a");
        assertThat(DatasourceUrls.shadowDatabaseUrl(ds, name -> null).url()).isNull();
        assertThat(DatasourceUrls.shadowDatabaseUrl(ds, Map.of("SHADOW", "mysql://s")::get).url())
                .isEqualTo("mysql://s");
        assertThat(DatasourceUrls.url(ds("  provider = \"sqlite\"\n"), name -> null).url()).isNull();
    }
}
