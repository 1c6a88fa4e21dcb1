package dev.refract.bench.peers.hibernate;

import dev.refract.bench.SingleConnectionDataSource;
import dev.refract.bench.peers.Peer;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Function;
import org.hibernate.Hibernate;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;

/**
 * Hibernate ORM 7.1, tuned as its user guide recommends: fetch joins for the included orders
 * (a separate initialisation where a fetch join would page in memory), JDBC batching
 * ({@code hibernate.jdbc.batch_size}) with ordered inserts and updates, batch fetching, read-only
 * sessions for reads, and no metadata queries at boot. One session per call, as per request.
 * Ids are PostgreSQL serials (Prisma's layout), so inserts use IDENTITY and are not batched.
 */
public final class HibernatePeer implements Peer {
    private final SessionFactory factory;

    public HibernatePeer(Connection c) {
        Configuration cfg = new Configuration()
                .addAnnotatedClass(CustomerEntity.class).addAnnotatedClass(OrderEntity.class)
                .addAnnotatedClass(ProductEntity.class).addAnnotatedClass(AddressEntity.class);
        cfg.setProperty("hibernate.dialect", "org.hibernate.dialect.PostgreSQLDialect");
        cfg.setProperty("hibernate.boot.allow_jdbc_metadata_access", "false");
        cfg.setProperty("hibernate.globally_quoted_identifiers", "true");
        cfg.setProperty("hibernate.jdbc.batch_size", "50");
        cfg.setProperty("hibernate.order_inserts", "true");
        cfg.setProperty("hibernate.order_updates", "true");
        cfg.setProperty("hibernate.default_batch_fetch_size", "100");
        cfg.setProperty("hibernate.hbm2ddl.auto", "none");
        cfg.setProperty("hibernate.show_sql", "false");
        cfg.getProperties().put("hibernate.connection.datasource", new SingleConnectionDataSource(SingleConnectionDataSource.unclosable(c)));
        factory = cfg.buildSessionFactory();
    }

    private <T> T read(Function<Session, T> body) {
        try (Session s = factory.openSession()) {
            s.setDefaultReadOnly(true);
            return body.apply(s);
        }
    }

    private <T> T write(Function<Session, T> body) {
        return factory.fromTransaction(body::apply);
    }

    @Override
    public Object findMany() {
        return read(s -> s.createSelectionQuery("from Customer", CustomerEntity.class).getResultList());
    }

    @Override
    public Object findManyFilterPaginateOrder() {
        return read(s -> s.createSelectionQuery("from Customer where isActive = true order by createdAt desc",
                CustomerEntity.class).setFirstResult(0).setMaxResults(10).getResultList());
    }

    @Override
    public Object findManyInclude() {
        return read(s -> s.createSelectionQuery("from Customer c left join fetch c.orders", CustomerEntity.class)
                .getResultList());
    }

    @Override
    public Object findFirst() {
        return read(s -> first(s));
    }

    private static CustomerEntity first(Session s) {
        List<CustomerEntity> one = s.createSelectionQuery("from Customer", CustomerEntity.class).setMaxResults(1).getResultList();
        return one.isEmpty() ? null : one.get(0);
    }

    @Override
    public Object findFirstInclude() {
        return read(s -> {
            CustomerEntity c = first(s);
            if (c != null) {
                Hibernate.initialize(c.orders);
            }
            return c;
        });
    }

    @Override
    public Object findUnique(int id) {
        return read(s -> s.find(CustomerEntity.class, id));
    }

    @Override
    public Object findUniqueInclude(int id) {
        return read(s -> s.createSelectionQuery("from Customer c left join fetch c.orders where c.id = :id",
                CustomerEntity.class).setParameter("id", id).getSingleResultOrNull());
    }

    private static CustomerEntity newCustomer(String name, String email) {
        CustomerEntity c = new CustomerEntity();
        c.createdAt = LocalDateTime.now();
        c.name = name;
        c.email = email;
        return c;
    }

    @Override
    public Object create(int n) {
        return write(s -> {
            CustomerEntity c = newCustomer("John Doe", "new" + n + "@example.com");
            s.persist(c);
            return c;
        });
    }

    @Override
    public Object nestedCreate(int n) {
        return write(s -> {
            CustomerEntity c = newCustomer("John Doe", "new" + n + "@example.com");
            s.persist(c);
            OrderEntity o = new OrderEntity();
            o.date = LocalDateTime.now();
            o.totalAmount = 100.5;
            o.customer = c;
            o.products.add(s.getReference(ProductEntity.class, 1));
            o.products.add(s.getReference(ProductEntity.class, 2));
            s.persist(o);
            c.orders.add(o);
            return c;
        });
    }

    @Override
    public Object update(int id, int n) {
        return write(s -> {
            CustomerEntity c = s.find(CustomerEntity.class, id);
            c.name = "John Doe Updated " + n;
            return c;
        });
    }

    private static void newStreet(Session s, int customerId) {
        s.createMutationQuery("update Address set street = :street where customerId = :id")
                .setParameter("street", "456 New St").setParameter("id", customerId).executeUpdate();
    }

    @Override
    public Object nestedUpdate(int id, int n) {
        return write(s -> {
            CustomerEntity c = s.find(CustomerEntity.class, id);
            c.name = "John Doe Updated " + n;
            newStreet(s, id);
            return c;
        });
    }

    @Override
    public Object upsert(int id, int n) {
        return write(s -> {
            CustomerEntity c = s.find(CustomerEntity.class, id);
            if (c != null) {
                c.name = "John Doe Upserted " + n;
                return c;
            }
            c = newCustomer("John Doe", "john.doe@example.com");
            s.persist(c);
            return c;
        });
    }

    @Override
    public Object nestedUpsert(int id, int n) {
        return write(s -> {
            CustomerEntity c = s.find(CustomerEntity.class, id);
            if (c != null) {
                c.name = "John Doe Upserted " + n;
                newStreet(s, id);
                return c;
            }
            c = newCustomer("John Doe", "john.doe@example.com");
            s.persist(c);
            AddressEntity a = new AddressEntity();
            a.street = "123 Main St";
            a.city = "Anytown";
            a.postalCode = "12345";
            a.country = "Country";
            a.customerId = c.id;
            s.persist(a);
            return c;
        });
    }

    @Override
    public Object delete(int id) {
        return write(s -> {
            CustomerEntity c = s.find(CustomerEntity.class, id);
            s.remove(c);
            return c;
        });
    }

    @Override
    public Object distinct() {
        // HQL has no DISTINCT ON: the first id of each value, then those customers.
        return read(s -> s.createSelectionQuery("from Customer where id in (select min(c.id) from Customer c"
                + " group by c.isActive) order by id", CustomerEntity.class).getResultList());
    }

    @Override
    public Object inList(List<Integer> ids) {
        return read(s -> s.createSelectionQuery("from Order where id in :ids", OrderEntity.class)
                .setParameterList("ids", ids).getResultList());
    }

    @Override
    public Object cursorPage(int cursor, boolean ascending) {
        String hql = ascending ? "from Order where id > :c order by id" : "from Order where id < :c order by id desc";
        return read(s -> s.createSelectionQuery(hql, OrderEntity.class).setParameter("c", cursor)
                .setMaxResults(10).getResultList());
    }

    @Override
    public Object takeInInclude() {
        // A fetch join cannot limit per customer; the orders come from one lateral native query.
        return read(s -> {
            List<CustomerEntity> customers = s.createSelectionQuery("from Customer order by id", CustomerEntity.class)
                    .setMaxResults(10).getResultList();
            Integer[] ids = customers.stream().map(c -> c.id).toArray(Integer[]::new);
            List<OrderEntity> orders = s.createNativeQuery("SELECT o.* FROM unnest(cast(:ids as int4[])) AS k(id)"
                    + " CROSS JOIN LATERAL (SELECT * FROM \"Order\" WHERE \"customerId\" = k.id ORDER BY \"id\" LIMIT 3) AS o",
                    OrderEntity.class).setParameter("ids", ids).getResultList();
            return List.of(customers, orders);
        });
    }

    @Override
    public Object createMany(int n) {
        // The guide's bulk insert: a stateless session. IDENTITY ids keep Hibernate from batching.
        return factory.fromStatelessTransaction(s -> {
            for (int i = 0; i < CREATE_MANY; i++) {
                s.insert(newCustomer("Bulk Customer", Peer.bulkEmail(n, i)));
            }
            return CREATE_MANY;
        });
    }

    @Override
    public Object interactiveTransaction(int n) {
        return write(s -> {
            CustomerEntity c = s.find(CustomerEntity.class, 1);
            c.name = "Customer in tx " + n;
            OrderEntity o = new OrderEntity();
            o.date = LocalDateTime.now();
            o.totalAmount = 42.0;
            o.customer = c;
            s.persist(o);
            s.createMutationQuery("update Address set street = :street where customerId = :id")
                    .setParameter("street", "2 Tx Street").setParameter("id", c.id).executeUpdate();
            return s.createSelectionQuery("select count(*) from Order where customer.id = :id", Long.class)
                    .setParameter("id", c.id).getSingleResult();
        });
    }

    @Override
    public void close() {
        factory.close();
    }
}
