package dev.refract.bench.write;

import dev.refract.bench.BenchTables;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The databases of the write benchmarks: the empty User and Post tables of {@code bench/read.prisma}
 * in the PostgreSQL database {@code refract_bench_writes} (kept apart from the read benchmarks'
 * filled one) or in a SQLite file. The benchmarks empty the tables as they go.
 */
final class WriteFixture {
    private static final String DATABASE = "refract_bench_writes";

    private WriteFixture() {
    }

    private static String server() {
        return System.getenv().getOrDefault("REFRACT_BENCH_PG", "jdbc:postgresql://127.0.0.1:5432/");
    }

    /**
     * PostgreSQL at REFRACT_BENCH_PG (default 127.0.0.1:5432, user postgres). Batched inserts are
     * rewritten into multi-row ones by the driver: the fastest batch the JDBC baseline can have.
     */
    static String postgresUrl() {
        return server() + DATABASE + "?user=postgres&reWriteBatchedInserts=true";
    }

    /** Creates the database if needed, and the tables afresh. */
    static void preparePostgres() throws SQLException {
        BenchTables.createDatabase(server() + "postgres?user=postgres", DATABASE);
        try (Connection c = DriverManager.getConnection(postgresUrl())) {
            BenchTables.recreate(c, false);
        }
    }

    /** Creates the tables afresh in a SQLite file. */
    static void prepareSqlite(String jdbcUrl) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl)) {
            BenchTables.recreate(c, true);
        }
    }
}
