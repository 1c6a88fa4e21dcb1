package dev.refract.bench.peers;

import dev.refract.bench.SingleConnectionDataSource;
import dev.refract.bench.peers.client.Address;
import dev.refract.bench.peers.client.Customer;
import dev.refract.bench.peers.client.Order;
import dev.refract.bench.peers.client.Product;
import dev.refract.bench.peers.client.Refract;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Refract as its users run it: the typed client generated for {@code bench/peers.prisma} at build
 * time (refract:generate, package {@code dev.refract.bench.peers.client}), each query written with
 * the generated builders per call, so their cost is part of the measurement.
 */
final class RefractPeer implements Peer {
    private final Refract db;

    RefractPeer(Connection c) {
        // The client closes each connection it borrows; the benchmark's one connection must stay open.
        db = Refract.connect(new SingleConnectionDataSource(SingleConnectionDataSource.unclosable(c)));
    }

    @Override
    public Object findMany() {
        return db.customer().findMany();
    }

    @Override
    public Object findManyFilterPaginateOrder() {
        return db.customer().findMany(q -> q.where(w -> w.isActive().eq(true)).orderBy(o -> o.createdAt().desc())
                .skip(0).take(10));
    }

    @Override
    public Object findManyInclude() {
        return db.customer().findMany(q -> q.include(i -> i.orders()));
    }

    @Override
    public Object findFirst() {
        return db.customer().findFirst(q -> { }).orElse(null);
    }

    @Override
    public Object findFirstInclude() {
        return db.customer().findFirst(q -> q.include(i -> i.orders())).orElse(null);
    }

    @Override
    public Object findUnique(int key) {
        return db.customer().findUnique(Customer.WhereUnique.id(key)).orElse(null);
    }

    @Override
    public Object findUniqueInclude(int key) {
        return db.customer().findUnique(Customer.WhereUnique.id(key), a -> a.include(i -> i.orders())).orElse(null);
    }

    @Override
    public Object create(int n) {
        return db.customer().create(Customer.create("new" + n + "@example.com").name("John Doe"));
    }

    @Override
    public Object nestedCreate(int n) {
        return db.customer().create(Customer.create("new" + n + "@example.com").name("John Doe")
                .orders(o -> o.create(Order.create(Instant.now(), 100.5)
                        .products(p -> p.connect(Product.WhereUnique.id(1), Product.WhereUnique.id(2))))));
    }

    @Override
    public Object update(int key, int n) {
        return db.customer().update(Customer.WhereUnique.id(key), u -> u.name("John Doe Updated " + n));
    }

    @Override
    public Object nestedUpdate(int key, int n) {
        return db.customer().update(Customer.WhereUnique.id(key), u -> u.name("John Doe Updated " + n)
                .address(a -> a.update(d -> d.street("456 New St"))));
    }

    @Override
    public Object upsert(int key, int n) {
        return db.customer().upsert(Customer.WhereUnique.id(key), Customer.create("john.doe@example.com").name("John Doe"),
                u -> u.name("John Doe Upserted " + n));
    }

    @Override
    public Object nestedUpsert(int key, int n) {
        Customer.Create create = Customer.create("john.doe@example.com").name("John Doe")
                .address(a -> a.create(Address.create().street("123 Main St").city("Anytown").postalCode("12345")
                        .country("Country")));
        return db.customer().upsert(Customer.WhereUnique.id(key), create, u -> u.name("John Doe Upserted " + n)
                .address(a -> a.update(d -> d.street("456 New St"))));
    }

    @Override
    public Object delete(int key) {
        return db.customer().delete(Customer.WhereUnique.id(key));
    }

    @Override
    public Object distinct() {
        return db.customer().findMany(q -> q.distinct(Customer.Fields.isActive).orderBy(o -> o.id().asc()));
    }

    @Override
    public Object inList(List<Integer> ids) {
        return db.order().findMany(q -> q.where(w -> w.id().in(ids)));
    }

    @Override
    public Object cursorPage(int cursor, boolean ascending) {
        return db.order().findMany(q -> q.cursor(Order.WhereUnique.id(cursor)).skip(1).take(10)
                .orderBy(o -> {
                    if (ascending) {
                        o.id().asc();
                    } else {
                        o.id().desc();
                    }
                }));
    }

    @Override
    public Object takeInInclude() {
        return db.customer().findMany(q -> q.orderBy(o -> o.id().asc()).take(10)
                .include(i -> i.orders(a -> a.orderBy(o -> o.id().asc()).take(3))));
    }

    @Override
    public Object createMany(int n) {
        List<Customer.Create> data = new ArrayList<>(CREATE_MANY);
        for (int i = 0; i < CREATE_MANY; i++) {
            data.add(Customer.create(Peer.bulkEmail(n, i)).name("Bulk Customer"));
        }
        return db.customer().createMany(data);
    }

    @Override
    public Object interactiveTransaction(int n) {
        return db.transaction(tx -> {
            Customer one = tx.customer().findUniqueOrThrow(Customer.WhereUnique.id(1));
            tx.customer().update(Customer.WhereUnique.id(one.id()), u -> u.name("Customer in tx " + n));
            tx.order().create(Order.create(Instant.now(), 42.0, Order.customerId(one.id())));
            tx.address().update(Address.WhereUnique.customerId(one.id()), u -> u.street("2 Tx Street"));
            return tx.order().count(w -> w.customerId().eq(one.id()));
        });
    }

    @Override
    public void close() {
        db.close();
    }
}
