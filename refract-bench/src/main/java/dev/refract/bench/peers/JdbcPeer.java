package dev.refract.bench.peers;

import dev.refract.bench.peers.Rows.Customer;
import dev.refract.bench.peers.Rows.CustomerWithOrders;
import dev.refract.bench.peers.Rows.Order;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hand-written JDBC, the limit: the fewest statements that answer each query (a related list by
 * one {@code = ANY(?)} statement, single writes with {@code RETURNING}, the plain upsert as one
 * {@code INSERT ... ON CONFLICT}), rows mapped into {@link Rows} records.
 */
final class JdbcPeer implements Peer {
    private static final String CUSTOMER = "SELECT \"id\", \"createdAt\", \"name\", \"email\", \"isActive\" FROM \"Customer\"";
    private static final String RETURNING = " RETURNING \"id\", \"createdAt\", \"name\", \"email\", \"isActive\"";
    private final Connection c;

    JdbcPeer(Connection c) {
        this.c = c;
    }

    @Override
    public Object findMany() throws SQLException {
        return customers(CUSTOMER);
    }

    @Override
    public Object findManyFilterPaginateOrder() throws SQLException {
        return customers(CUSTOMER + " WHERE \"isActive\" = true ORDER BY \"createdAt\" DESC LIMIT 10 OFFSET 0");
    }

    @Override
    public Object findManyInclude() throws SQLException {
        return withOrders(customers(CUSTOMER));
    }

    @Override
    public Object findFirst() throws SQLException {
        List<Customer> one = customers(CUSTOMER + " LIMIT 1");
        return one.isEmpty() ? null : one.get(0);
    }

    @Override
    public Object findFirstInclude() throws SQLException {
        List<CustomerWithOrders> one = withOrders(customers(CUSTOMER + " LIMIT 1"));
        return one.isEmpty() ? null : one.get(0);
    }

    @Override
    public Object findUnique(int id) throws SQLException {
        return byId(id);
    }

    @Override
    public Object findUniqueInclude(int id) throws SQLException {
        Customer one = byId(id);
        return one == null ? null : withOrders(List.of(one)).get(0);
    }

    @Override
    public Object create(int n) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO \"Customer\" (\"name\", \"email\") VALUES (?, ?)" + RETURNING)) {
            ps.setString(1, "John Doe");
            ps.setString(2, "new" + n + "@example.com");
            return single(ps);
        }
    }

    @Override
    public Object nestedCreate(int n) throws SQLException {
        c.setAutoCommit(false);
        try {
            Customer created = (Customer) create(n);
            int orderId;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO \"Order\" (\"date\", \"totalAmount\","
                    + " \"customerId\") VALUES (?, ?, ?) RETURNING \"id\"")) {
                ps.setObject(1, LocalDateTime.now());
                ps.setDouble(2, 100.5);
                ps.setInt(3, created.id());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    orderId = rs.getInt(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO \"_OrderProducts\" (\"A\", \"B\") VALUES (?, 1), (?, 2)")) {
                ps.setInt(1, orderId);
                ps.setInt(2, orderId);
                ps.executeUpdate();
            }
            c.commit();
            return created;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    @Override
    public Object update(int id, int n) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE \"Customer\" SET \"name\" = ? WHERE \"id\" = ?" + RETURNING)) {
            ps.setString(1, "John Doe Updated " + n);
            ps.setInt(2, id);
            return single(ps);
        }
    }

    @Override
    public Object nestedUpdate(int id, int n) throws SQLException {
        c.setAutoCommit(false);
        try {
            Object updated = update(id, n);
            updateStreet(id);
            c.commit();
            return updated;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    @Override
    public Object upsert(int id, int n) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO \"Customer\" (\"id\", \"name\", \"email\")"
                + " VALUES (?, ?, ?) ON CONFLICT (\"id\") DO UPDATE SET \"name\" = ?" + RETURNING)) {
            ps.setInt(1, id);
            ps.setString(2, "John Doe");
            ps.setString(3, "john.doe@example.com");
            ps.setString(4, "John Doe Upserted " + n);
            return single(ps);
        }
    }

    @Override
    public Object nestedUpsert(int id, int n) throws SQLException {
        c.setAutoCommit(false);
        try {
            Object result;
            try (PreparedStatement ps = c.prepareStatement("UPDATE \"Customer\" SET \"name\" = ? WHERE \"id\" = ?" + RETURNING)) {
                ps.setString(1, "John Doe Upserted " + n);
                ps.setInt(2, id);
                result = single(ps);
            }
            if (result != null) {
                updateStreet(id);
            } else {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO \"Customer\" (\"name\", \"email\") VALUES (?, ?)" + RETURNING)) {
                    ps.setString(1, "John Doe");
                    ps.setString(2, "john.doe@example.com");
                    result = single(ps);
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO \"Address\" (\"street\", \"city\","
                        + " \"postalCode\", \"country\", \"customerId\") VALUES (?, ?, ?, ?, ?)")) {
                    ps.setString(1, "123 Main St");
                    ps.setString(2, "Anytown");
                    ps.setString(3, "12345");
                    ps.setString(4, "Country");
                    ps.setInt(5, ((Customer) result).id());
                    ps.executeUpdate();
                }
            }
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    @Override
    public Object delete(int id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM \"Customer\" WHERE \"id\" = ?" + RETURNING)) {
            ps.setInt(1, id);
            return single(ps);
        }
    }

    @Override
    public Object distinct() throws SQLException {
        return customers("SELECT DISTINCT ON (\"isActive\") \"id\", \"createdAt\", \"name\", \"email\", \"isActive\""
                + " FROM \"Customer\" ORDER BY \"isActive\", \"id\"");
    }

    @Override
    public Object inList(List<Integer> ids) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT \"id\", \"date\", \"totalAmount\", \"customerId\""
                + " FROM \"Order\" WHERE \"id\" = ANY(?)")) {
            ps.setArray(1, c.createArrayOf("int4", ids.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                List<Order> out = new ArrayList<>(ids.size());
                while (rs.next()) {
                    out.add(new Order(rs.getInt(1), rs.getObject(2, LocalDateTime.class), rs.getDouble(3), rs.getInt(4)));
                }
                return out;
            }
        }
    }

    @Override
    public Object cursorPage(int cursor, boolean ascending) throws SQLException {
        return orders("SELECT \"id\", \"date\", \"totalAmount\", \"customerId\" FROM \"Order\" WHERE \"id\" "
                + (ascending ? "> ? ORDER BY \"id\"" : "< ? ORDER BY \"id\" DESC") + " LIMIT 10", cursor);
    }

    @Override
    public Object takeInInclude() throws SQLException {
        List<Customer> customers = customers(CUSTOMER + " ORDER BY \"id\" LIMIT 10");
        Object[] ids = new Object[customers.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = customers.get(i).id();
        }
        Map<Integer, List<Order>> byCustomer = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT o.\"id\", o.\"date\", o.\"totalAmount\", o.\"customerId\""
                + " FROM unnest(?::int4[]) AS k(\"id\") CROSS JOIN LATERAL (SELECT * FROM \"Order\""
                + " WHERE \"customerId\" = k.\"id\" ORDER BY \"id\" LIMIT 3) AS o")) {
            ps.setArray(1, c.createArrayOf("int4", ids));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Order o = new Order(rs.getInt(1), rs.getObject(2, LocalDateTime.class), rs.getDouble(3), rs.getInt(4));
                    byCustomer.computeIfAbsent(o.customerId(), k -> new ArrayList<>()).add(o);
                }
            }
        }
        List<CustomerWithOrders> out = new ArrayList<>();
        for (Customer cu : customers) {
            out.add(new CustomerWithOrders(cu, byCustomer.getOrDefault(cu.id(), List.of())));
        }
        return out;
    }

    @Override
    public Object createMany(int n) throws SQLException {
        // One batch: pgjdbc sends its rows in a pipeline, not a round trip each.
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO \"Customer\" (\"name\", \"email\") VALUES (?, ?)")) {
            for (int i = 0; i < CREATE_MANY; i++) {
                ps.setString(1, "Bulk Customer");
                ps.setString(2, Peer.bulkEmail(n, i));
                ps.addBatch();
            }
            int created = 0;
            for (int r : ps.executeBatch()) {
                created += r == PreparedStatement.SUCCESS_NO_INFO ? 1 : r;
            }
            return created;
        }
    }

    @Override
    public Object interactiveTransaction(int n) throws SQLException {
        c.setAutoCommit(false);
        try {
            Customer one = byId(1);
            update(one.id(), n);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO \"Order\" (\"date\", \"totalAmount\","
                    + " \"customerId\") VALUES (?, ?, ?) RETURNING \"id\", \"date\", \"totalAmount\", \"customerId\"")) {
                ps.setObject(1, LocalDateTime.now());
                ps.setDouble(2, 42.0);
                ps.setInt(3, one.id());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    new Order(rs.getInt(1), rs.getObject(2, LocalDateTime.class), rs.getDouble(3), rs.getInt(4));
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE \"Address\" SET \"street\" = ? WHERE \"customerId\" = ?")) {
                ps.setString(1, "2 Tx Street");
                ps.setInt(2, one.id());
                ps.executeUpdate();
            }
            long count;
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM \"Order\" WHERE \"customerId\" = ?")) {
                ps.setInt(1, one.id());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    count = rs.getLong(1);
                }
            }
            c.commit();
            return count;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    private List<Order> orders(String sql, int key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                List<Order> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new Order(rs.getInt(1), rs.getObject(2, LocalDateTime.class), rs.getDouble(3), rs.getInt(4)));
                }
                return out;
            }
        }
    }

    private void updateStreet(int customerId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE \"Address\" SET \"street\" = ? WHERE \"customerId\" = ?")) {
            ps.setString(1, "456 New St");
            ps.setInt(2, customerId);
            if (ps.executeUpdate() != 1) {
                throw new SQLException("no address for customer " + customerId);
            }
        }
    }

    private Customer byId(int id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(CUSTOMER + " WHERE \"id\" = ? LIMIT 1")) {
            ps.setInt(1, id);
            return single(ps);
        }
    }

    private Customer single(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? customer(rs) : null;
        }
    }

    private List<Customer> customers(String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            List<Customer> out = new ArrayList<>();
            while (rs.next()) {
                out.add(customer(rs));
            }
            return out;
        }
    }

    private List<CustomerWithOrders> withOrders(List<Customer> customers) throws SQLException {
        Map<Integer, List<Order>> byCustomer = new HashMap<>();
        Object[] ids = new Object[customers.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = customers.get(i).id();
            byCustomer.put(customers.get(i).id(), new ArrayList<>());
        }
        if (ids.length > 0) {
            Array keys = c.createArrayOf("int4", ids);
            try (PreparedStatement ps = c.prepareStatement("SELECT \"id\", \"date\", \"totalAmount\", \"customerId\""
                    + " FROM \"Order\" WHERE \"customerId\" = ANY(?)")) {
                ps.setArray(1, keys);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Order o = new Order(rs.getInt(1), rs.getObject(2, LocalDateTime.class), rs.getDouble(3), rs.getInt(4));
                        byCustomer.get(o.customerId()).add(o);
                    }
                }
            }
        }
        List<CustomerWithOrders> out = new ArrayList<>(customers.size());
        for (Customer cu : customers) {
            out.add(new CustomerWithOrders(cu, byCustomer.get(cu.id())));
        }
        return out;
    }

    static Customer customer(ResultSet rs) throws SQLException {
        return new Customer(rs.getInt(1), rs.getObject(2, LocalDateTime.class), rs.getString(3), rs.getString(4),
                rs.getBoolean(5));
    }
}
