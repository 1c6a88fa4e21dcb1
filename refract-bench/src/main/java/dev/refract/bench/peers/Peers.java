package dev.refract.bench.peers;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** The peers by name, and the victims the delete case removes. */
public final class Peers {
    /** Every peer, in the order of the tables. */
    public static final List<String> NAMES = List.of("jdbc", "refract", "jooq", "hibernate");

    private Peers() {
    }

    /** The peer {@code name} on {@code c}. */
    public static Peer open(String name, Connection c) throws Exception {
        switch (name) {
            case "jdbc": return new JdbcPeer(c);
            case "refract": return new RefractPeer(c);
            case "jooq": return new JooqPeer(c);
            case "hibernate": return new dev.refract.bench.peers.hibernate.HibernatePeer(c);
            default: throw new IllegalArgumentException("no peer " + name + "; peers: " + NAMES);
        }
    }

    /** Inserts a customer for the delete case to remove (outside any count or timing); its id. */
    public static int victim(Connection c, int n) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO \"Customer\" (\"name\", \"email\") VALUES ('Victim', ?) RETURNING \"id\"")) {
            ps.setString(1, "victim" + n + "@example.com");
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
