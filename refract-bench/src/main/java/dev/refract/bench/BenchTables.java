package dev.refract.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The tables of {@code bench/read.prisma} (User, Post) as Prisma Migrate creates them, per
 * database, so that Refract and the hand-written JDBC of every benchmark work on the same layout.
 */
public final class BenchTables {
    private BenchTables() {
    }

    /** Drops User and Post if they exist and creates them empty. */
    public static void recreate(Connection c, boolean sqlite) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS \"Post\"");
            s.execute("DROP TABLE IF EXISTS \"User\"");
            if (sqlite) {
                s.execute("CREATE TABLE \"User\" (\"id\" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,"
                        + " \"email\" TEXT NOT NULL, \"name\" TEXT NOT NULL, \"age\" INTEGER NOT NULL,"
                        + " \"createdAt\" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP)");
                s.execute("CREATE UNIQUE INDEX \"User_email_key\" ON \"User\"(\"email\")");
                s.execute("CREATE TABLE \"Post\" (\"id\" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,"
                        + " \"title\" TEXT NOT NULL, \"views\" INTEGER NOT NULL, \"published\" BOOLEAN NOT NULL,"
                        + " \"authorId\" INTEGER NOT NULL, CONSTRAINT \"Post_authorId_fkey\" FOREIGN KEY (\"authorId\")"
                        + " REFERENCES \"User\" (\"id\") ON DELETE RESTRICT ON UPDATE CASCADE)");
                s.execute("CREATE INDEX \"Post_authorId_idx\" ON \"Post\"(\"authorId\")");
                return;
            }
            s.execute("CREATE TABLE \"User\" (\"id\" SERIAL NOT NULL, \"email\" TEXT NOT NULL, \"name\" TEXT NOT NULL,"
                    + " \"age\" INTEGER NOT NULL, \"createdAt\" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,"
                    + " CONSTRAINT \"User_pkey\" PRIMARY KEY (\"id\"))");
            s.execute("CREATE UNIQUE INDEX \"User_email_key\" ON \"User\"(\"email\")");
            s.execute("CREATE TABLE \"Post\" (\"id\" SERIAL NOT NULL, \"title\" TEXT NOT NULL, \"views\" INTEGER NOT NULL,"
                    + " \"published\" BOOLEAN NOT NULL, \"authorId\" INTEGER NOT NULL,"
                    + " CONSTRAINT \"Post_pkey\" PRIMARY KEY (\"id\"))");
            s.execute("CREATE INDEX \"Post_authorId_idx\" ON \"Post\"(\"authorId\")");
            s.execute("ALTER TABLE \"Post\" ADD CONSTRAINT \"Post_authorId_fkey\" FOREIGN KEY (\"authorId\")"
                    + " REFERENCES \"User\"(\"id\") ON DELETE RESTRICT ON UPDATE CASCADE");
        }
    }

    /** Empties both tables and restarts their ids, keeping the layout. */
    public static void empty(Connection c, boolean sqlite) throws SQLException {
        try (Statement s = c.createStatement()) {
            if (sqlite) {
                s.execute("DELETE FROM \"Post\"");
                s.execute("DELETE FROM \"User\"");
                s.execute("DELETE FROM sqlite_sequence");
            } else {
                s.execute("TRUNCATE \"Post\", \"User\" RESTART IDENTITY");
            }
        }
    }

    /** Creates the PostgreSQL database {@code name} unless it exists; {@code adminUrl} names another database. */
    public static void createDatabase(String adminUrl, String name) throws SQLException {
        try (Connection c = java.sql.DriverManager.getConnection(adminUrl); Statement s = c.createStatement()) {
            var rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'");
            if (!rs.next()) {
                s.execute("CREATE DATABASE " + name);
            }
        }
    }
}
