package dev.refract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryCommandTest {
    @TempDir
    Path dir;

    @BeforeEach
    void schemaAndDatabase() throws Exception {
        Files.writeString(dir.resolve("schema.prisma"), """
                datasource db {
                  provider = "sqlite"
                  url      = env("DATABASE_URL")
                }

                model User {
                  id      Int      @id @default(autoincrement())
                  email   String   @unique
                  joined  DateTime
                  balance Decimal
                  posts   Post[]
                }

                model Post {
                  id       Int    @id @default(autoincrement())
                  title    String
                  authorId Int
                  author   User   @relation(fields: [authorId], references: [id])
                }
                """);
        Files.writeString(dir.resolve(".env"), "DATABASE_URL=\"file:./dev.db\"\n");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("dev.db"));
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE \"User\" (\"id\" INTEGER PRIMARY KEY, \"email\" TEXT NOT NULL UNIQUE,"
                    + " \"joined\" DATETIME NOT NULL, \"balance\" DECIMAL NOT NULL)");
            st.execute("CREATE TABLE \"Post\" (\"id\" INTEGER PRIMARY KEY, \"title\" TEXT NOT NULL,"
                    + " \"authorId\" INTEGER NOT NULL)");
            st.execute("INSERT INTO \"User\" VALUES (1, 'a@x.io', 1704164645000, '250.00'), (2, 'b@x.io', 0, '12.50')");
            st.execute("INSERT INTO \"Post\" VALUES (1, 'first', 1), (2, 'second', 1)");
        }
    }

    @Test
    void printsWhatPrismaClientReturns() {
        CliRun run = CliRun.in(dir, "query", "{\"modelName\":\"User\",\"action\":\"findMany\",\"query\":{\"selection\":"
                + "{\"$scalars\":true,\"posts\":{\"selection\":{\"title\":true}}}}}");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().strip()).isEqualTo("[{\"id\":1,\"email\":\"a@x.io\",\"joined\":\"2024-01-02T03:04:05.000Z\","
                + "\"balance\":\"250\",\"posts\":[{\"title\":\"first\"},{\"title\":\"second\"}]},"
                + "{\"id\":2,\"email\":\"b@x.io\",\"joined\":\"1970-01-01T00:00:00.000Z\",\"balance\":\"12.5\",\"posts\":[]}]");
    }

    @Test
    void countAnswersInTheExplicitForm() {
        CliRun run = CliRun.in(dir, "query", "{\"modelName\":\"User\",\"action\":\"aggregate\",\"query\":{\"selection\":"
                + "{\"_count\":{\"selection\":{\"_all\":true}}}}}");
        assertThat(run.out().strip()).isEqualTo("{\"_count\":{\"_all\":2}}");
    }

    @Test
    void logsEachStatementOnStderr() {
        CliRun run = CliRun.in(dir, "query", "--log-queries", "{\"modelName\":\"Post\",\"action\":\"findMany\","
                + "\"query\":{\"selection\":{\"id\":true}}}");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("SELECT").contains("\"Post\"");
    }

    @Test
    void errorsPrintTheirCodeAndExitOne() {
        CliRun missing = CliRun.in(dir, "query", "{\"modelName\":\"User\",\"action\":\"findUniqueOrThrow\",\"query\":"
                + "{\"arguments\":{\"where\":{\"id\":9}},\"selection\":{\"$scalars\":true}}}");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.out()).startsWith("{\"error\":{\"code\":\"P2025\",\"message\":");

        CliRun invalid = CliRun.in(dir, "query", "{\"modelName\":\"User\",\"action\":\"findMany\",\"query\":"
                + "{\"selection\":{\"nope\":true}}}");
        assertThat(invalid.exitCode()).isEqualTo(1);
        assertThat(invalid.out().strip())
                .isEqualTo("{\"error\":{\"code\":\"P2009\",\"message\":\"Field 'nope' not found in enclosing type 'User'\"}}");

        CliRun unreachable = CliRun.in(dir, "query", "--url", "postgresql://postgres@127.0.0.1:1/x",
                "{\"modelName\":\"User\",\"action\":\"findMany\",\"query\":{\"selection\":{\"id\":true}}}");
        assertThat(unreachable.exitCode()).isEqualTo(1);
        assertThat(unreachable.out()).startsWith("{\"error\":{\"code\":\"P1001\"");
    }

    @Test
    void aSchemaProblemIsP1012AndRunsNothing() throws Exception {
        Files.delete(dir.resolve(".env"));
        CliRun noUrl = CliRun.in(dir, "query", "{\"modelName\":\"User\",\"action\":\"findMany\",\"query\":"
                + "{\"selection\":{\"id\":true}}}");
        assertThat(noUrl.exitCode()).isEqualTo(1);
        assertThat(noUrl.out()).startsWith("{\"error\":{\"code\":\"P1012\"").contains("DATABASE_URL");

        Files.writeString(dir.resolve("schema.prisma"), "datasource db {\n  provider = \"sqlite\"\n}\n\nmodel User {\n}\n");
        CliRun invalid = CliRun.in(dir, "query", "--url", "file:./dev.db", "{\"modelName\":\"User\","
                + "\"action\":\"findMany\",\"query\":{\"selection\":{\"id\":true}}}");
        assertThat(invalid.exitCode()).isEqualTo(1);
        assertThat(invalid.out()).startsWith("{\"error\":{\"code\":\"P1012\"");
    }

    private static String createUser(int id, String email) {
        return "{\"modelName\":\"User\",\"action\":\"createOne\",\"query\":{\"arguments\":{\"data\":{\"id\":" + id
                + ",\"email\":\"" + email + "\",\"joined\":{\"$type\":\"DateTime\",\"value\":\"2025-01-01T00:00:00.000Z\"},"
                + "\"balance\":{\"$type\":\"Decimal\",\"value\":\"1.5\"}}},\"selection\":{\"id\":true,\"email\":true}}}";
    }

    private static String countUsers() {
        return "{\"modelName\":\"User\",\"action\":\"aggregate\",\"query\":{\"selection\":"
                + "{\"_count\":{\"selection\":{\"_all\":true}}}}}";
    }

    @Test
    void runsWrites() {
        CliRun run = CliRun.in(dir, "query", createUser(3, "c@x.io"));
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out().strip()).isEqualTo("{\"id\":3,\"email\":\"c@x.io\"}");
        assertThat(CliRun.in(dir, "query", countUsers()).out().strip()).isEqualTo("{\"_count\":{\"_all\":3}}");
    }

    @Test
    void aTransactionBatchIsAllOrNothing() {
        // The second create repeats the first's email: P2002, and the first is rolled back with it.
        String batch = "[" + createUser(3, "c@x.io") + "," + createUser(4, "c@x.io") + "]";
        CliRun failed = CliRun.in(dir, "query", "--transaction", batch);
        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.out()).startsWith("{\"error\":{\"code\":\"P2002\"");
        assertThat(CliRun.in(dir, "query", countUsers()).out().strip()).isEqualTo("{\"_count\":{\"_all\":2}}");

        CliRun ok = CliRun.in(dir, "query", "{\"batch\":[" + createUser(3, "c@x.io") + "," + createUser(4, "d@x.io")
                + "],\"transaction\":{\"isolationLevel\":\"Serializable\"}}");
        assertThat(ok.exitCode()).as(ok.out() + ok.err()).isZero();
        assertThat(ok.out().strip()).isEqualTo("[{\"id\":3,\"email\":\"c@x.io\"},{\"id\":4,\"email\":\"d@x.io\"}]");
    }

    @Test
    void aBatchWithoutTransactionKeepsWhatRanBeforeAFailure() {
        String batch = "[" + createUser(3, "c@x.io") + "," + createUser(4, "c@x.io") + "]";
        CliRun failed = CliRun.in(dir, "query", batch);
        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.out()).startsWith("{\"error\":{\"code\":\"P2002\"");
        assertThat(CliRun.in(dir, "query", countUsers()).out().strip()).isEqualTo("{\"_count\":{\"_all\":3}}");
    }

    @Test
    void anInvalidDocumentInABatchRunsNothing() {
        String batch = "[" + createUser(3, "c@x.io") + ",{\"modelName\":\"User\",\"action\":\"createOne\","
                + "\"query\":{\"arguments\":{\"data\":{\"nope\":1}},\"selection\":{\"id\":true}}}]";
        CliRun failed = CliRun.in(dir, "query", batch);
        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.out()).startsWith("{\"error\":{\"code\":\"P2009\"");
        assertThat(CliRun.in(dir, "query", countUsers()).out().strip()).isEqualTo("{\"_count\":{\"_all\":2}}");

        CliRun badLevel = CliRun.in(dir, "query", "{\"batch\":[],\"transaction\":{\"isolationLevel\":\"Sometimes\"}}");
        assertThat(badLevel.exitCode()).isEqualTo(1);
        assertThat(badLevel.out()).contains("Sometimes");
    }
}
