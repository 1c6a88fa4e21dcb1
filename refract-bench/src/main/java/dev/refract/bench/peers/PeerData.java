package dev.refract.bench.peers;

import dev.refract.bench.BenchTables;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;

/**
 * The data of the peer benchmarks in their own PostgreSQL database ({@code refract_bench_peers}):
 * the sizes of Prisma's orm-benchmarks ({@value #CUSTOMERS} customers, each with an address,
 * {@value #PRODUCTS} products, {@value #ORDERS} orders of two products each), generated
 * deterministically (no randomness: every value is a function of the row's number), and the
 * tables as Prisma Migrate creates them for {@code bench/peers.prisma}.
 */
public final class PeerData {
    public static final int CUSTOMERS = 1_000;
    public static final int PRODUCTS = 1_000;
    public static final int ORDERS = 10_000;
    static final String DATABASE = "refract_bench_peers";
    private static final LocalDateTime BASE = LocalDateTime.of(2024, 1, 1, 0, 0);

    private PeerData() {
    }

    static String server() {
        return System.getenv().getOrDefault("REFRACT_BENCH_PG", "jdbc:postgresql://127.0.0.1:5432/");
    }

    /** The benchmark database's URL. */
    public static String url() {
        return server() + DATABASE + "?user=postgres";
    }

    /** Creates the database and fills it unless it holds exactly the generated data; then resets it. */
    public static void prepare() throws SQLException {
        BenchTables.createDatabase(server() + "postgres?user=postgres", DATABASE);
        try (Connection c = DriverManager.getConnection(url()); Statement s = c.createStatement()) {
            var rs = s.executeQuery("SELECT count(*) FROM pg_tables WHERE tablename = '_OrderProducts'");
            rs.next();
            if (rs.getInt(1) == 1) {
                reset(c);
                var n = s.executeQuery("SELECT (SELECT count(*) FROM \"Order\" WHERE \"customerId\" <= " + CUSTOMERS
                        + ") * 10000 + (SELECT count(*) FROM \"Product\")");
                n.next();
                if (n.getLong(1) == (long) ORDERS * 10000 + PRODUCTS) {
                    return;
                }
            }
            recreate(s);
            fill(c);
            s.execute("ANALYZE");
        }
    }

    /**
     * Undoes what the write cases did: customers beyond the generated ones go (their orders,
     * addresses and order links by cascade), so do orders beyond the generated ones (the interactive
     * transaction's), customer 1 and its address get their values back.
     */
    public static void reset(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM \"Customer\" WHERE \"id\" > " + CUSTOMERS);
            s.execute("DELETE FROM \"Order\" WHERE \"id\" > " + ORDERS);
            s.execute("UPDATE \"Customer\" SET \"name\" = 'Customer 1' WHERE \"id\" = 1");
            s.execute("UPDATE \"Address\" SET \"street\" = '1 Main Street' WHERE \"customerId\" = 1");
        }
    }

    private static void recreate(Statement s) throws SQLException {
        s.execute("DROP TABLE IF EXISTS \"_OrderProducts\", \"Order\", \"Address\", \"Product\", \"Customer\"");
        s.execute("CREATE TABLE \"Customer\" (\"id\" SERIAL NOT NULL,"
                + " \"createdAt\" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP, \"name\" TEXT,"
                + " \"email\" TEXT NOT NULL, \"isActive\" BOOLEAN NOT NULL DEFAULT false,"
                + " CONSTRAINT \"Customer_pkey\" PRIMARY KEY (\"id\"))");
        s.execute("CREATE TABLE \"Address\" (\"id\" SERIAL NOT NULL, \"street\" TEXT, \"city\" TEXT,"
                + " \"postalCode\" TEXT, \"country\" TEXT, \"customerId\" INTEGER NOT NULL,"
                + " CONSTRAINT \"Address_pkey\" PRIMARY KEY (\"id\"))");
        s.execute("CREATE TABLE \"Order\" (\"id\" SERIAL NOT NULL, \"date\" TIMESTAMP(3) NOT NULL,"
                + " \"totalAmount\" DOUBLE PRECISION NOT NULL, \"customerId\" INTEGER NOT NULL,"
                + " CONSTRAINT \"Order_pkey\" PRIMARY KEY (\"id\"))");
        s.execute("CREATE TABLE \"Product\" (\"id\" SERIAL NOT NULL, \"name\" TEXT NOT NULL,"
                + " \"price\" DOUBLE PRECISION NOT NULL, \"quantity\" INTEGER NOT NULL, \"description\" TEXT,"
                + " CONSTRAINT \"Product_pkey\" PRIMARY KEY (\"id\"))");
        s.execute("CREATE TABLE \"_OrderProducts\" (\"A\" INTEGER NOT NULL, \"B\" INTEGER NOT NULL,"
                + " CONSTRAINT \"_OrderProducts_AB_pkey\" PRIMARY KEY (\"A\",\"B\"))");
        s.execute("CREATE UNIQUE INDEX \"Address_customerId_key\" ON \"Address\"(\"customerId\")");
        s.execute("CREATE INDEX \"Address_customerId_idx\" ON \"Address\"(\"customerId\")");
        s.execute("CREATE INDEX \"Order_customerId_idx\" ON \"Order\"(\"customerId\")");
        s.execute("CREATE INDEX \"_OrderProducts_B_index\" ON \"_OrderProducts\"(\"B\")");
        s.execute("ALTER TABLE \"Address\" ADD CONSTRAINT \"Address_customerId_fkey\" FOREIGN KEY (\"customerId\")"
                + " REFERENCES \"Customer\"(\"id\") ON DELETE CASCADE ON UPDATE CASCADE");
        s.execute("ALTER TABLE \"Order\" ADD CONSTRAINT \"Order_customerId_fkey\" FOREIGN KEY (\"customerId\")"
                + " REFERENCES \"Customer\"(\"id\") ON DELETE CASCADE ON UPDATE CASCADE");
        s.execute("ALTER TABLE \"_OrderProducts\" ADD CONSTRAINT \"_OrderProducts_A_fkey\" FOREIGN KEY (\"A\")"
                + " REFERENCES \"Order\"(\"id\") ON DELETE CASCADE ON UPDATE CASCADE");
        s.execute("ALTER TABLE \"_OrderProducts\" ADD CONSTRAINT \"_OrderProducts_B_fkey\" FOREIGN KEY (\"B\")"
                + " REFERENCES \"Product\"(\"id\") ON DELETE CASCADE ON UPDATE CASCADE");
    }

    private static void fill(Connection c) throws SQLException {
        c.setAutoCommit(false);
        try (PreparedStatement customers = c.prepareStatement("INSERT INTO \"Customer\" (\"id\", \"createdAt\","
                + " \"name\", \"email\", \"isActive\") VALUES (?, ?, ?, ?, ?)");
             PreparedStatement addresses = c.prepareStatement("INSERT INTO \"Address\" (\"id\", \"street\", \"city\","
                + " \"postalCode\", \"country\", \"customerId\") VALUES (?, ?, ?, ?, ?, ?)");
             PreparedStatement products = c.prepareStatement("INSERT INTO \"Product\" (\"id\", \"name\", \"price\","
                + " \"quantity\", \"description\") VALUES (?, ?, ?, ?, ?)");
             PreparedStatement orders = c.prepareStatement("INSERT INTO \"Order\" (\"id\", \"date\","
                + " \"totalAmount\", \"customerId\") VALUES (?, ?, ?, ?)");
             PreparedStatement links = c.prepareStatement("INSERT INTO \"_OrderProducts\" (\"A\", \"B\") VALUES (?, ?)")) {
            for (int i = 1; i <= CUSTOMERS; i++) {
                customers.setInt(1, i);
                customers.setObject(2, BASE.plusMinutes(i * 37L % 100_000));
                customers.setString(3, "Customer " + i);
                customers.setString(4, "customer" + i + "@example.com");
                customers.setBoolean(5, i % 2 == 0);
                customers.addBatch();
                addresses.setInt(1, i);
                addresses.setString(2, i + " Main Street");
                addresses.setString(3, "City " + i % 50);
                addresses.setString(4, String.format("%05d", i * 7 % 100_000));
                addresses.setString(5, "Country " + i % 20);
                addresses.setInt(6, i);
                addresses.addBatch();
            }
            for (int p = 1; p <= PRODUCTS; p++) {
                products.setInt(1, p);
                products.setString(2, "Product " + p);
                products.setDouble(3, (p * 13 % 10_000) / 100.0);
                products.setInt(4, p * 7 % 500);
                products.setString(5, p % 4 == 0 ? null : "Description of product " + p);
                products.addBatch();
            }
            customers.executeBatch();
            addresses.executeBatch();
            products.executeBatch();
            for (int o = 1; o <= ORDERS; o++) {
                orders.setInt(1, o);
                orders.setObject(2, BASE.plusHours(o * 11L % 20_000));
                orders.setDouble(3, (o * 31 % 100_000) / 100.0);
                orders.setInt(4, (o - 1) % CUSTOMERS + 1);
                orders.addBatch();
                int first = (o * 17) % PRODUCTS + 1;
                links.setInt(1, o);
                links.setInt(2, first);
                links.addBatch();
                links.setInt(1, o);
                links.setInt(2, first % PRODUCTS + 1);
                links.addBatch();
            }
            orders.executeBatch();
            links.executeBatch();
        }
        try (Statement s = c.createStatement()) {
            for (String t : new String[] {"Customer", "Address", "Order", "Product"}) {
                s.execute("SELECT setval(pg_get_serial_sequence('\"" + t + "\"', 'id'), (SELECT max(\"id\") FROM \"" + t + "\"))");
            }
        }
        c.commit();
        c.setAutoCommit(true);
    }
}
