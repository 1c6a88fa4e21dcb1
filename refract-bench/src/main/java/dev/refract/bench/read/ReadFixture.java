package dev.refract.bench.read;

import dev.refract.bench.BenchTables;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The data of the read benchmarks, the same on both databases: {@value #USERS} users, each with
 * {@value #POSTS_PER_USER} posts. Tables are created as Prisma Migrate would create them for
 * {@code bench/read.prisma} (so both Refract and the hand-written JDBC read the same layout).
 */
final class ReadFixture {
    static final int USERS = 10_000;
    static final int POSTS_PER_USER = 10;

    private ReadFixture() {
    }

    /** PostgreSQL at REFRACT_BENCH_PG (default 127.0.0.1:5432, user postgres), database refract_bench. */
    static String postgresUrl() {
        String base = System.getenv().getOrDefault("REFRACT_BENCH_PG", "jdbc:postgresql://127.0.0.1:5432/");
        return base + "refract_bench?user=postgres";
    }

    /** Creates (if needed) and fills the PostgreSQL database; idempotent. */
    static void preparePostgres() throws SQLException {
        BenchTables.createDatabase(System.getenv().getOrDefault("REFRACT_BENCH_PG", "jdbc:postgresql://127.0.0.1:5432/")
                + "postgres?user=postgres", "refract_bench");
        try (Connection c = DriverManager.getConnection(postgresUrl()); Statement s = c.createStatement()) {
            var rs = s.executeQuery("SELECT count(*) FROM pg_tables WHERE tablename = 'Post'");
            rs.next();
            if (rs.getInt(1) == 1) {
                var count = s.executeQuery("SELECT count(*) FROM \"Post\"");
                count.next();
                if (count.getInt(1) == USERS * POSTS_PER_USER) {
                    return;
                }
            }
            BenchTables.recreate(c, false);
            fill(c, false);
            s.execute("ANALYZE");
        }
    }

    /** Creates and fills a SQLite file. */
    static void prepareSqlite(String jdbcUrl) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl); Statement s = c.createStatement()) {
            BenchTables.recreate(c, true);
            fill(c, true);
            s.execute("ANALYZE");
        }
    }

    private static void fill(Connection c, boolean sqlite) throws SQLException {
        c.setAutoCommit(false);
        Instant base = Instant.parse("2024-01-01T00:00:00Z");
        try (PreparedStatement users = c.prepareStatement(
                "INSERT INTO \"User\" (\"id\", \"email\", \"name\", \"age\", \"createdAt\") VALUES (?, ?, ?, ?, ?)");
             PreparedStatement posts = c.prepareStatement(
                "INSERT INTO \"Post\" (\"id\", \"title\", \"views\", \"published\", \"authorId\") VALUES (?, ?, ?, ?, ?)")) {
            int postId = 1;
            for (int u = 1; u <= USERS; u++) {
                users.setInt(1, u);
                users.setString(2, "user" + u + "@example.com");
                users.setString(3, (char) ('a' + u % 26) + "name" + u);
                users.setInt(4, 18 + u % 60);
                Instant at = base.plusSeconds(u * 60L);
                if (sqlite) {
                    users.setLong(5, at.toEpochMilli());
                } else {
                    users.setObject(5, LocalDateTime.ofInstant(at, ZoneOffset.UTC));
                }
                users.addBatch();
                for (int p = 0; p < POSTS_PER_USER; p++) {
                    posts.setInt(1, postId);
                    posts.setString(2, "Post " + postId + " by user " + u);
                    posts.setInt(3, postId * 7 % 1000);
                    posts.setBoolean(4, postId % 3 != 0);
                    posts.setInt(5, u);
                    posts.addBatch();
                    postId++;
                }
                if (u % 500 == 0) {
                    users.executeBatch();
                    posts.executeBatch();
                }
            }
            users.executeBatch();
            posts.executeBatch();
        }
        c.commit();
        c.setAutoCommit(true);
    }
}
