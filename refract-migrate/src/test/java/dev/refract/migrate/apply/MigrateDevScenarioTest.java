package dev.refract.migrate.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.migrate.ddl.MigrationDiff;
import dev.refract.migrate.ddl.SqlSchema;
import dev.refract.migrate.describe.SchemaDescriber;
import dev.refract.migrate.history.MigrationsFolder;
import dev.refract.model.SchemaModel;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.ValidatedSchema;
import dev.refract.schema.model.SchemaModels;
import dev.refract.testing.TestDatabase;
import dev.refract.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The scenario suite of issue 5: twenty successive schema edits, each made with {@code migrate dev}
 * (then {@code migrate dev} again finds nothing to do, and status is up to date), one of them
 * created with {@code --create-only} and applied by the next run as a pending migration. Then the
 * folder is deployed to a fresh database: status first reports all twenty pending, then up to
 * date, and the fresh database is described exactly as the development one, and as the schema.
 */
class MigrateDevScenarioTest {
    @TempDir
    Path dir;

    private static final String BASE = "model User {\n  id    Int    @id @default(autoincrement())\n  email String\n"
            + "}\n";

    /** The edits, cumulative; the enum edits are PostgreSQL's, SQLite gets two column edits instead. */
    private static List<UnaryOperator<String>> edits(boolean postgres) {
        List<UnaryOperator<String>> e = new ArrayList<>();
        e.add(s -> s + BASE); // 1 add a model
        e.add(s -> s.replace("  email String\n", "  email String\n  name  String?\n")); // 2 optional column
        e.add(s -> s.replace("  name  String?\n", "  name  String?\n  active Boolean @default(true)\n")); // 3 required with default
        e.add(s -> s.replace("  active Boolean @default(true)\n", "  active Boolean @default(true)\n\n  @@index([name])\n")); // 4 index
        e.add(s -> s.replace("  email String\n", "  email String @unique\n")); // 5 unique
        e.add(s -> s.replace("  name  String?\n", "  name  String?\n  posts Post[]\n") // 6 relation 1:n
                + "\nmodel Post {\n  id       Int    @id @default(autoincrement())\n  title    String\n"
                + "  views    Int    @default(0)\n  authorId Int\n  author   User   @relation(fields: [authorId], references: [id])\n}\n");
        e.add(s -> s.replace("  authorId Int\n", "  authorId Int\n  tags     Tag[]\n") // 7 m:n
                + "\nmodel Tag {\n  id    Int    @id @default(autoincrement())\n  label String\n  posts Post[]\n}\n");
        if (postgres) {
            e.add(s -> s.replace("  email String @unique\n", "  email String @unique\n  role  Role @default(USER)\n")
                    + "\nenum Role {\n  USER\n  ADMIN\n}\n"); // 8 enum
            e.add(s -> s.replace("  ADMIN\n}", "  ADMIN\n  MODERATOR\n}")); // 9 enum value
        } else {
            e.add(s -> s.replace("  email String @unique\n", "  email String @unique\n  createdAt DateTime @default(now())\n")); // 8
            e.add(s -> s.replace("  email String @unique\n", "  email String @unique\n  score Float?\n")); // 9
        }
        e.add(s -> s.replace("  title    String\n", "  title    String @map(\"headline\")\n")); // 10 rename via @map
        e.add(s -> s.replace("  active Boolean @default(true)\n", "")); // 11 drop column
        e.add(s -> s.replace("  views    Int    @default(0)\n", "  views    BigInt @default(0)\n")); // 12 change type
        e.add(s -> s.replace("  author   User   @relation(fields: [authorId], references: [id])\n",
                "  author   User   @relation(fields: [authorId], references: [id])\n\n  @@unique([authorId, title])\n")); // 13 compound unique
        e.add(s -> s.replace("\n  @@index([name])\n", "")); // 14 drop index
        e.add(s -> s.replace("  posts Post[]\n}\n\nmodel Post", "  posts Post[]\n  profile Profile?\n}\n\nmodel Post")
                + "\nmodel Profile {\n  id     Int     @id @default(autoincrement())\n  bio    String?\n"
                + "  userId Int     @unique\n  user   User    @relation(fields: [userId], references: [id])\n}\n"); // 15 1:1
        e.add(s -> s.replace("@relation(fields: [authorId], references: [id])",
                "@relation(fields: [authorId], references: [id], onDelete: Cascade)")); // 16 referential action
        e.add(s -> s.replace("  bio    String?\n", "  bio    String  @default(\"\")\n")); // 17 made required with default
        e.add(s -> s.replace("  label String\n", "  label String @default(\"untitled\")\n")); // 18 default added
        e.add(s -> s.replace("  tags     Tag[]\n", "").replaceAll("\nmodel Tag \\{[^}]*\\}\n", "")); // 19 drop model and m:n
        e.add(s -> s + "\nmodel Like {\n  userId Int\n  postId Int\n  at     DateTime @default(now())\n\n"
                + "  @@id([userId, postId])\n  @@index([at(sort: Desc)])\n}\n"); // 20 compound id, sorted index
        return e;
    }

    private static SchemaModel model(String provider, String models) {
        ValidatedSchema v = PrismaSchema.validate("datasource db {\n  provider = \"" + provider + "\"\n  url = \"x\"\n}\n\n"
                + models);
        assertThat(v.isValid()).as(v.render(false)).isTrue();
        return SchemaModels.from(v).orElseThrow();
    }

    /** Warnings asked about, by step: answered yes, as on a terminal. */
    private final java.util.Map<Integer, List<String>> warned = new java.util.TreeMap<>();
    private int step;
    private final MigrateDev.Confirm noWarnings = (warnings, createOnly) -> {
        warned.put(step, warnings);
        return true;
    };

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "sqlite"})
    void twentyEditsThenDeployToAFreshDatabase(String provider) throws Exception {
        MigrationsFolder folder = new MigrationsFolder(dir.resolve("migrations"));
        Clock clock = new Clock() {
            private Instant now = Instant.parse("2025-01-01T00:00:00Z");

            @Override
            public Instant instant() {
                now = now.plusSeconds(60);
                return now;
            }

            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }
        };
        String models = "";
        SchemaModel target = null;
        List<UnaryOperator<String>> edits = edits(provider.equals("postgresql"));
        assertThat(edits).hasSize(20);
        try (TestDatabase dev = TestDatabases.of(provider); TestDatabase fresh = TestDatabases.of(provider);
             MigrateDatabase db = MigrateDatabase.open(dev.prismaUrl(), dir)) {
            for (int i = 0; i < edits.size(); i++) {
                step = i + 1;
                models = edits.get(i).apply(models);
                target = model(provider, models);
                MigrateDev migrateDev = new MigrateDev(db, folder, target, List.of(),
                        () -> ShadowDatabase.forDevelopment(db, null, dir, List.of())).clock(clock);
                String name = "edit_" + (i + 1);
                MigrateDev.Result result;
                if (i == 9) {
                    // --create-only: written, pending in status, applied by the next run.
                    MigrateDev.Result draft = migrateDev.run(name, true, noWarnings);
                    assertThat(draft.createdApplied()).isFalse();
                    HistoryDiagnosis pending = new Migrate(db, folder).diagnose();
                    assertThat(pending.state()).isEqualTo(HistoryDiagnosis.State.DATABASE_IS_BEHIND);
                    assertThat(pending.unapplied()).containsExactly(draft.created());
                    result = migrateDev.run(name, false, noWarnings);
                    assertThat(result.appliedPending()).containsExactly(draft.created());
                    assertThat(result.created()).as("step %d: nothing left after the draft", i + 1).isNull();
                } else {
                    result = migrateDev.run(name, false, noWarnings);
                    assertThat(result.created()).as("step %d creates a migration", i + 1).endsWith("_" + name);
                    assertThat(result.createdApplied()).isTrue();
                    assertThat(result.appliedPending()).isEmpty();
                }
                MigrateDev.Result again = migrateDev.run(name, false, noWarnings);
                assertThat(again.created()).as("step %d: migrate dev again finds nothing to do: %s", i + 1,
                        folder.list().get(folder.list().size() - 1).script()).isNull();
                HistoryDiagnosis status = new Migrate(db, folder).diagnose();
                assertThat(status.state()).isEqualTo(HistoryDiagnosis.State.UP_TO_DATE);
                assertThat(status.failed()).isEmpty();
                assertThat(status.localNames()).hasSize(i + 1);
            }
            // Prisma warns about a unique constraint added to an existing table even when it is empty.
            assertThat(warned.keySet()).containsExactly(5, 13);
            assertThat(warned.get(5)).containsExactly("A unique constraint covering the columns `[email]` on the table"
                    + " `User` will be added. If there are existing duplicate values, this will fail.");
            assertThat(folder.list().get(4).script()).startsWith("/*\n  Warnings:\n\n  - A unique constraint covering"
                    + " the columns `[email]` on the table `User` will be added. If there are existing duplicate values,"
                    + " this will fail.\n\n*/\n-- CreateIndex\n");
            assertThat(Files.readString(folder.path().resolve(MigrationsFolder.LOCK_FILE)))
                    .isEqualTo(MigrationsFolder.lockFileText(provider));

            try (MigrateDatabase other = MigrateDatabase.open(fresh.prismaUrl(), dir)) {
                Migrate deploy = new Migrate(other, folder);
                HistoryDiagnosis before = deploy.diagnose();
                assertThat(before.hasMigrationsTable()).isFalse();
                assertThat(before.unapplied()).hasSize(20);
                assertThat(deploy.deploy(n -> { })).hasSize(20);
                assertThat(deploy.diagnose().state()).isEqualTo(HistoryDiagnosis.State.UP_TO_DATE);
                SqlSchema developed = SchemaDescriber.describe(db.connection(), provider, List.of());
                SqlSchema deployed = SchemaDescriber.describe(other.connection(), provider, List.of());
                MigrationDiff diff = MigrationDiff.between(developed, deployed, provider);
                assertThat(diff.isEmpty()).as(diff.script()).isTrue();
                MigrationDiff toSchema = MigrationDiff.between(deployed, SqlSchema.of(target), provider);
                assertThat(toSchema.isEmpty()).as(toSchema.script()).isTrue();
            }
        }
    }
}
