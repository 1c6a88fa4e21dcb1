package dev.refract.bench.write;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The hand-written JDBC side of the write benchmarks, each the best a careful developer would
 * write: one round trip per create with {@code RETURNING}, the nested create as one INSERT of the
 * user and one multi-row INSERT of its posts in a transaction, and two ways of bulk inserting
 * (a driver batch and explicit multi-row INSERTs), so that the faster sets the bar.
 *
 * <p>{@code createdAt} is filled in here, as Prisma fills {@code @default(now())} on the client.
 */
final class JdbcWrites {
    /** The input of a user. */
    record NewUser(String email, String name, int age) {
    }

    /** The input of a post. */
    record NewPost(String title, int views, boolean published) {
    }

    /** A created user, as returned. */
    record User(int id, String email, String name, int age, Instant createdAt) {
    }

    /** Rows per multi-row INSERT: far below both databases' bind-parameter limits. */
    static final int ROWS_PER_INSERT = 1000;

    private static final String INSERT_USER = "INSERT INTO \"User\" (\"email\", \"name\", \"age\", \"createdAt\") VALUES ";
    private static final String USER_ROW = "(?, ?, ?, ?)";
    private static final String RETURNING_USER = " RETURNING \"id\", \"email\", \"name\", \"age\", \"createdAt\"";

    private final boolean sqlite;

    JdbcWrites(boolean sqlite) {
        this.sqlite = sqlite;
    }

    User create(Connection c, NewUser user) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(INSERT_USER + USER_ROW + RETURNING_USER)) {
            bindUser(st, 1, user, Instant.now());
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                Instant created = sqlite ? Instant.ofEpochMilli(rs.getLong(5))
                        : rs.getObject(5, LocalDateTime.class).toInstant(ZoneOffset.UTC);
                User out = new User(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getInt(4), created);
                // Step past the last row. On SQLite an INSERT ... RETURNING reset before it reports
                // SQLITE_DONE still commits, but the commit skips the WAL hook, so no automatic
                // checkpoint ever runs: the WAL grew to 796 MB over 60,000 such inserts (a
                // probe with sqlite-jdbc 3.49.1, see BENCHMARKS.md run W5) and every write got cheaper
                // than a correct program's. Refract reads every row, so it pays the checkpoints.
                rs.next();
                return out;
            }
        }
    }

    /** The user, then all its posts in one multi-row INSERT, in one transaction. */
    User createWithPosts(Connection c, NewUser user, List<NewPost> posts) throws SQLException {
        return inTransaction(c, () -> {
            User created = create(c, user);
            StringBuilder sql = new StringBuilder(
                    "INSERT INTO \"Post\" (\"title\", \"views\", \"published\", \"authorId\") VALUES ");
            for (int i = 0; i < posts.size(); i++) {
                sql.append(i == 0 ? "(?, ?, ?, ?)" : ", (?, ?, ?, ?)");
            }
            try (PreparedStatement st = c.prepareStatement(sql.toString())) {
                int at = 1;
                for (NewPost post : posts) {
                    st.setString(at++, post.title());
                    st.setInt(at++, post.views());
                    st.setBoolean(at++, post.published());
                    st.setInt(at++, created.id());
                }
                st.executeUpdate();
            }
            return created;
        });
    }

    /** Bulk insert as one driver batch of single-row INSERTs (rewritten to multi-row by pgjdbc). */
    int createManyBatch(Connection c, List<NewUser> users) throws SQLException {
        return inTransaction(c, () -> {
            Instant now = Instant.now();
            try (PreparedStatement st = c.prepareStatement(INSERT_USER + USER_ROW)) {
                for (NewUser user : users) {
                    bindUser(st, 1, user, now);
                    st.addBatch();
                }
                st.executeBatch();
            }
            return users.size();
        });
    }

    /** Bulk insert as multi-row INSERTs of {@value #ROWS_PER_INSERT} rows. */
    int createManyMultiRow(Connection c, List<NewUser> users) throws SQLException {
        return inTransaction(c, () -> {
            Instant now = Instant.now();
            int count = 0;
            PreparedStatement full = null;
            try {
                for (int from = 0; from < users.size(); from += ROWS_PER_INSERT) {
                    int rows = Math.min(ROWS_PER_INSERT, users.size() - from);
                    boolean isFull = rows == ROWS_PER_INSERT;
                    if (isFull && full == null) {
                        full = c.prepareStatement(multiRowInsert(rows));
                    }
                    PreparedStatement st = isFull ? full : c.prepareStatement(multiRowInsert(rows));
                    try {
                        for (int i = 0; i < rows; i++) {
                            bindUser(st, 1 + 4 * i, users.get(from + i), now);
                        }
                        count += st.executeUpdate();
                    } finally {
                        if (!isFull) {
                            st.close();
                        }
                    }
                }
            } finally {
                if (full != null) {
                    full.close();
                }
            }
            return count;
        });
    }

    private static String multiRowInsert(int rows) {
        StringBuilder sql = new StringBuilder(INSERT_USER);
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? USER_ROW : ", " + USER_ROW);
        }
        return sql.toString();
    }

    private void bindUser(PreparedStatement st, int at, NewUser user, Instant createdAt) throws SQLException {
        st.setString(at, user.email());
        st.setString(at + 1, user.name());
        st.setInt(at + 2, user.age());
        if (sqlite) {
            st.setLong(at + 3, createdAt.toEpochMilli()); // Prisma's DateTime on SQLite: epoch milliseconds
        } else {
            st.setObject(at + 3, LocalDateTime.ofInstant(createdAt, ZoneOffset.UTC));
        }
    }

    /** Work that needs a transaction of its own; the connection comes back in auto-commit. */
    private interface Work<T> {
        T run() throws SQLException;
    }

    private static <T> T inTransaction(Connection c, Work<T> work) throws SQLException {
        c.setAutoCommit(false);
        try {
            T result = work.run();
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }
}
