package dev.refract.bench.read;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The hand-written JDBC side of the read benchmarks: what a careful developer writes with plain
 * PreparedStatements, mapping rows into small records. Each method does the same work as the
 * Refract query it is compared with.
 */
final class JdbcReads {
    /** A user row. */
    record User(int id, String email, String name, int age, Instant createdAt, List<Post> posts) {
    }

    /** A post row. */
    record Post(int id, String title, int views, boolean published, int authorId) {
    }

    private static final String USER_COLUMNS = "u.\"id\", u.\"email\", u.\"name\", u.\"age\", u.\"createdAt\"";
    private static final String POST_COLUMNS = "p.\"id\", p.\"title\", p.\"views\", p.\"published\", p.\"authorId\"";

    private final boolean sqlite;

    JdbcReads(boolean sqlite) {
        this.sqlite = sqlite;
    }

    User findUnique(Connection c, int id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "SELECT " + USER_COLUMNS + " FROM \"User\" u WHERE u.\"id\" = ?")) {
            st.setInt(1, id);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? user(rs, 1, null) : null;
            }
        }
    }

    List<User> findMany(Connection c, int take) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "SELECT " + USER_COLUMNS + " FROM \"User\" u ORDER BY u.\"id\" LIMIT ?")) {
            st.setInt(1, take);
            return users(st);
        }
    }

    List<User> filtered(Connection c, int minAge, String namePrefix, int take) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT " + USER_COLUMNS + " FROM \"User\" u"
                + " WHERE u.\"age\" >= ? AND u.\"name\" LIKE ? ORDER BY u.\"id\" LIMIT ?")) {
            st.setInt(1, minAge);
            st.setString(2, namePrefix + "%");
            st.setInt(3, take);
            return users(st);
        }
    }

    /** Include, variant 1: one flat LEFT JOIN, parents repeated per child. */
    List<User> includeFlatJoin(Connection c, int parents) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT " + USER_COLUMNS + ", " + POST_COLUMNS
                + " FROM (SELECT * FROM \"User\" ORDER BY \"id\" LIMIT ?) u"
                + " LEFT JOIN \"Post\" p ON p.\"authorId\" = u.\"id\" ORDER BY u.\"id\", p.\"id\"")) {
            st.setInt(1, parents);
            List<User> out = new ArrayList<>(parents);
            try (ResultSet rs = st.executeQuery()) {
                User current = null;
                while (rs.next()) {
                    int id = rs.getInt(1);
                    if (current == null || current.id() != id) {
                        current = user(rs, 1, new ArrayList<>());
                        out.add(current);
                    }
                    rs.getInt(6);
                    if (!rs.wasNull()) {
                        current.posts().add(post(rs, 6));
                    }
                }
            }
            return out;
        }
    }

    /** Include, variant 2: two statements, the children by the parents' keys. */
    List<User> includeTwoStatements(Connection c, int parents) throws SQLException {
        List<User> users;
        try (PreparedStatement st = c.prepareStatement(
                "SELECT " + USER_COLUMNS + " FROM \"User\" u ORDER BY u.\"id\" LIMIT ?")) {
            st.setInt(1, parents);
            users = new ArrayList<>(parents);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    users.add(user(rs, 1, new ArrayList<>()));
                }
            }
        }
        if (users.isEmpty()) {
            return users;
        }
        Map<Integer, User> byId = new HashMap<>(users.size() * 2);
        StringBuilder sql = new StringBuilder("SELECT " + POST_COLUMNS + " FROM \"Post\" p WHERE p.\"authorId\" IN (");
        for (int i = 0; i < users.size(); i++) {
            sql.append(i == 0 ? "?" : ", ?");
            byId.put(users.get(i).id(), users.get(i));
        }
        sql.append(") ORDER BY p.\"id\"");
        try (PreparedStatement st = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < users.size(); i++) {
                st.setInt(i + 1, users.get(i).id());
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Post p = post(rs, 1);
                    byId.get(p.authorId()).posts().add(p);
                }
            }
        }
        return users;
    }

    private List<User> users(PreparedStatement st) throws SQLException {
        List<User> out = new ArrayList<>();
        try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.add(user(rs, 1, null));
            }
        }
        return out;
    }

    private User user(ResultSet rs, int at, List<Post> posts) throws SQLException {
        Instant created = sqlite ? Instant.ofEpochMilli(rs.getLong(at + 4))
                : rs.getObject(at + 4, LocalDateTime.class).toInstant(ZoneOffset.UTC);
        return new User(rs.getInt(at), rs.getString(at + 1), rs.getString(at + 2), rs.getInt(at + 3), created, posts);
    }

    private static Post post(ResultSet rs, int at) throws SQLException {
        return new Post(rs.getInt(at), rs.getString(at + 1), rs.getInt(at + 2), rs.getBoolean(at + 3),
                rs.getInt(at + 4));
    }
}
