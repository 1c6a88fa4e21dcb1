package dev.refract.migrate.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refract.engine.error.RefractException;
import dev.refract.migrate.history.MigrationNames;
import dev.refract.migrate.history.MigrationsFolder;
import dev.refract.model.SchemaModel;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.model.SchemaModels;
import dev.refract.testing.TestDatabase;
import dev.refract.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** migrate dev's failure paths: P3006, P3014, a shadowDatabaseUrl, missing migrations; Prisma's names. */
class MigrateDevTest {
    @TempDir
    Path dir;

    private static SchemaModel model(String provider) {
        return SchemaModels.from(PrismaSchema.validate("datasource db {\n  provider = \"" + provider + "\"\n  url = \"x\"\n}\n\n"
                + "model User {\n  id Int @id\n}\n")).orElseThrow();
    }

    private MigrateDev dev(MigrateDatabase db, MigrationsFolder folder, String shadowUrl) {
        return new MigrateDev(db, folder, model(db.provider()), List.of(),
                () -> ShadowDatabase.forDevelopment(db, shadowUrl, dir, List.of()));
    }

    private static List<String> shadowDatabases() throws Exception {
        try (Connection c = TestDatabases.server().connect("postgres"); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE"
                     + " 'prisma_migrate_shadow_db_%' ORDER BY 1")) {
            List<String> names = new java.util.ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString(1));
            }
            return names;
        }
    }

    @Test
    void namesAreSluggedAsPrismaSlugsThem() {
        assertThat(MigrationNames.slug("init")).isEqualTo("init");
        assertThat(MigrationNames.slug("AddUsers & posts!")).isEqualTo("add_users_and_posts");
        assertThat(MigrationNames.slug("  déjà vu  ")).isEqualTo("deja_vu");
        assertThat(MigrationNames.slug("addHTTPHeaders2")).isEqualTo("add_http_headers2");
        assertThat(MigrationNames.slug("don't stop")).isEqualTo("dont_stop");
        assertThat(MigrationNames.slug("!!!")).isEmpty();
        assertThat(MigrationsFolder.directoryName(Instant.parse("2025-01-02T03:04:05Z"), null)).isEqualTo("20250102030405");
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "sqlite"})
    void aMigrationThatDoesNotApplyOnTheShadowDatabaseIsP3006(String provider) throws Exception {
        String[] shadowName = new String[1];
        try (TestDatabase t = TestDatabases.of(provider); MigrateDatabase db = MigrateDatabase.open(t.prismaUrl(), dir)) {
            MigrationsFolder folder = new MigrationsFolder(dir.resolve("migrations"));
            folder.create(Instant.parse("2025-01-01T00:00:00Z"), "bad", "CREATE TABLE \"A\" (id INTEGER);\n"
                    + "ALTER TABLE \"Nope\" ADD COLUMN x INTEGER;\n");
            // Other builds share the server: only this run's shadow database is looked for afterwards.
            MigrateDev dev = new MigrateDev(db, folder, model(provider), List.of(), () -> {
                ShadowDatabase s = ShadowDatabase.forDevelopment(db, null, dir, List.of());
                shadowName[0] = s.db().url().database();
                return s;
            });
            assertThatThrownBy(() -> dev.run("next", false, MigrateDev.Confirm.NON_INTERACTIVE))
                    .isInstanceOfSatisfying(RefractException.class, e -> {
                        assertThat(e.code()).isEqualTo("P3006");
                        assertThat(e.getMessage()).isEqualTo("Migration `20250101000000_bad` failed to apply cleanly to"
                                + " the shadow database. \nError code: P1014\nError:\nThe underlying table for model `Nope`"
                                + " does not exist.");
                    });
            assertThat(folder.list()).hasSize(1);
        }
        if (provider.equals("postgresql")) {
            assertThat(shadowName[0]).startsWith("prisma_migrate_shadow_db_");
            assertThat(shadowDatabases()).as("the shadow database is dropped on failure").doesNotContain(shadowName[0]);
        } else {
            assertThat(Files.exists(Path.of(shadowName[0]))).as("the shadow file is deleted").isFalse();
        }
    }

    @Test
    void aUserWhoMayNotCreateDatabasesGetsP3014() throws Exception {
        String role = "refract_nocreatedb_" + UUID.randomUUID().toString().substring(0, 8);
        try (TestDatabase t = TestDatabases.postgres()) {
            try (Connection c = t.connect(); Statement st = c.createStatement()) {
                st.execute("CREATE ROLE " + role + " LOGIN NOCREATEDB");
                st.execute("GRANT ALL ON SCHEMA public TO " + role);
            }
            String url = "postgresql://" + role + "@" + t.server().host() + ":" + t.server().port() + "/" + t.name();
            try (MigrateDatabase db = MigrateDatabase.open(url, dir)) {
                MigrationsFolder folder = new MigrationsFolder(dir.resolve("migrations"));
                assertThatThrownBy(() -> dev(db, folder, null).run("init", false, MigrateDev.Confirm.NON_INTERACTIVE))
                        .isInstanceOfSatisfying(RefractException.class, e -> {
                            assertThat(e.code()).isEqualTo("P3014");
                            assertThat(e.getMessage()).startsWith("Prisma Migrate could not create the shadow database."
                                    + " Please make sure the database user has permission to create databases. Read more"
                                    + " about the shadow database (and workarounds) at https://pris.ly/d/migrate-shadow"
                                    + "\n\nOriginal error: \n").contains("permission denied to create database");
                        });
                // With a shadowDatabaseUrl it needs no such permission.
                try (TestDatabase shadow = TestDatabases.postgres()) {
                    try (Connection c = shadow.connect(); Statement st = c.createStatement()) {
                        st.execute("CREATE TABLE leftover (id INT)");
                    }
                    MigrateDev.Result r = dev(db, folder, shadow.prismaUrl()).run("init", false,
                            MigrateDev.Confirm.NON_INTERACTIVE);
                    assertThat(r.created()).endsWith("_init");
                    try (Connection c = shadow.connect(); Statement st = c.createStatement();
                         ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")) {
                        rs.next();
                        assertThat(rs.getInt(1)).as("the shadow database was emptied (the folder had nothing to replay)").isZero();
                    }
                    assertThatThrownBy(() -> dev(db, folder, url).run("x", false, MigrateDev.Confirm.NON_INTERACTIVE))
                            .hasMessageContaining("shadowDatabaseUrl is the same as url");
                }
            }
        } finally {
            try (Connection c = TestDatabases.server().connect("postgres"); Statement st = c.createStatement()) {
                st.execute("DROP ROLE IF EXISTS " + role);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "sqlite"})
    void appliedMigrationsMissingFromTheFolderNeedAReset(String provider) throws Exception {
        try (TestDatabase t = TestDatabases.of(provider); MigrateDatabase db = MigrateDatabase.open(t.prismaUrl(), dir)) {
            MigrationsFolder folder = new MigrationsFolder(dir.resolve("migrations"));
            MigrateDev.Result init = dev(db, folder, null).run("init", false, MigrateDev.Confirm.NON_INTERACTIVE);
            Path script = folder.path().resolve(init.created()).resolve("migration.sql");
            String sql = Files.readString(script);
            Files.delete(script);
            Files.delete(script.getParent());
            // The folder lost the migration, the database still has its table: both are reported.
            assertThatThrownBy(() -> dev(db, folder, null).run("again", false, MigrateDev.Confirm.NON_INTERACTIVE))
                    .isInstanceOfSatisfying(MigrateDev.ResetRequired.class, e -> assertThat(e.reason())
                            .startsWith("- Drift detected: Your database schema is not in sync with your migration history.")
                            .contains("[+] Added tables\n  - User\n")
                            .endsWith("- The following migration(s) are applied to the database but missing from the"
                                    + " local migrations directory: " + init.created() + "\n"));
            assertThat(folder.list()).isEmpty();
            Files.createDirectories(script.getParent());
            Files.writeString(script, sql);
            assertThat(dev(db, folder, null).run("again", false, MigrateDev.Confirm.NON_INTERACTIVE).created()).isNull();
        }
    }

    @Test
    void multiSchemaOnPostgresql() throws Exception {
        SchemaModel model = SchemaModels.from(PrismaSchema.validate("generator client {\n  provider = \"prisma-client-js\"\n"
                + "  previewFeatures = [\"multiSchema\"]\n}\n\ndatasource db {\n  provider = \"postgresql\"\n  url = \"x\"\n"
                + "  schemas = [\"auth\", \"shop\"]\n}\n\nmodel User {\n  id Int @id\n  orders Order[]\n\n  @@schema(\"auth\")\n}\n\n"
                + "model Order {\n  id Int @id\n  userId Int\n  user User @relation(fields: [userId], references: [id])\n\n"
                + "  @@schema(\"shop\")\n}\n")).orElseThrow();
        List<String> schemas = List.of("auth", "shop");
        try (TestDatabase t = TestDatabases.postgres(); MigrateDatabase db = MigrateDatabase.open(t.prismaUrl(), dir)) {
            MigrationsFolder folder = new MigrationsFolder(dir.resolve("migrations"));
            MigrateDev dev = new MigrateDev(db, folder, model, schemas,
                    () -> ShadowDatabase.forDevelopment(db, null, dir, schemas));
            assertThat(dev.run("init", false, MigrateDev.Confirm.NON_INTERACTIVE).created()).endsWith("_init");
            assertThat(folder.list().get(0).script()).contains("CREATE SCHEMA IF NOT EXISTS \"auth\"");
            assertThat(dev.run("again", false, MigrateDev.Confirm.NON_INTERACTIVE).created()).isNull();
            assertThat(new Migrate(db, folder).reset(schemas, n -> { })).hasSize(1);
            assertThat(new dev.refract.migrate.history.HistoryTable(db.connection(), "postgresql").list()).hasSize(1);
            assertThat(dev.run("again", false, MigrateDev.Confirm.NON_INTERACTIVE).created()).isNull();
        }
    }
}
