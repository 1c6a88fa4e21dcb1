package dev.refract.bench.peers;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.table;

import dev.refract.bench.peers.Rows.Customer;
import dev.refract.bench.peers.Rows.CustomerWithOrders;
import dev.refract.bench.peers.Rows.Order;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record5;
import org.jooq.Record6;
import org.jooq.Row2;
import org.jooq.SQLDialect;
import org.jooq.SelectJoinStep;
import org.jooq.Table;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * jOOQ 3.19 with its plain DSL (no generated classes; the tables and fields are named here),
 * nesting by {@code MULTISET} (one statement, the orders as JSON), writes with {@code RETURNING},
 * the plain upsert as {@code ON CONFLICT}, nested writes in {@code transactionResult}.
 */
final class JooqPeer implements Peer {
    private static final Table<?> CUSTOMER = table(name("Customer"));
    private static final Table<?> ADDRESS = table(name("Address"));
    private static final Table<?> ORDER = table(name("Order"));
    private static final Table<?> ORDER_PRODUCTS = table(name("_OrderProducts"));
    private static final Field<Integer> ID = field(name("Customer", "id"), SQLDataType.INTEGER);
    private static final Field<LocalDateTime> CREATED = field(name("Customer", "createdAt"), SQLDataType.LOCALDATETIME(3));
    private static final Field<String> NAME = field(name("Customer", "name"), SQLDataType.VARCHAR);
    private static final Field<String> EMAIL = field(name("Customer", "email"), SQLDataType.VARCHAR);
    private static final Field<Boolean> ACTIVE = field(name("Customer", "isActive"), SQLDataType.BOOLEAN);
    private static final Field<Integer> O_ID = field(name("Order", "id"), SQLDataType.INTEGER);
    private static final Field<LocalDateTime> O_DATE = field(name("Order", "date"), SQLDataType.LOCALDATETIME(3));
    private static final Field<Double> O_TOTAL = field(name("Order", "totalAmount"), SQLDataType.DOUBLE);
    private static final Field<Integer> O_CUSTOMER = field(name("Order", "customerId"), SQLDataType.INTEGER);
    private static final Field<String> A_STREET = field(name("street"), SQLDataType.VARCHAR);
    private static final Field<Integer> A_CUSTOMER = field(name("customerId"), SQLDataType.INTEGER);
    private final DSLContext ctx;

    static {
        // Keeps jOOQ's banner and tips out of the benchmarks' output.
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    JooqPeer(Connection c) {
        // Unqualified names in INSERT/UPDATE column lists, as PostgreSQL wants them.
        ctx = DSL.using(c, SQLDialect.POSTGRES, new Settings().withRenderFormatted(false));
    }

    private SelectJoinStep<Record5<Integer, LocalDateTime, String, String, Boolean>> customers() {
        return ctx.select(ID, CREATED, NAME, EMAIL, ACTIVE).from(CUSTOMER);
    }

    private SelectJoinStep<Record6<Integer, LocalDateTime, String, String, Boolean, List<Order>>> withOrders() {
        return ctx.select(ID, CREATED, NAME, EMAIL, ACTIVE,
                multiset(select(O_ID, O_DATE, O_TOTAL, O_CUSTOMER).from(ORDER).where(O_CUSTOMER.eq(ID)))
                        .convertFrom(r -> r.map(o -> new Order(o.value1(), o.value2(), o.value3(), o.value4()))))
                .from(CUSTOMER);
    }

    private static Customer customer(Record5<Integer, LocalDateTime, String, String, Boolean> r) {
        return r == null ? null : new Customer(r.value1(), r.value2(), r.value3(), r.value4(), r.value5());
    }

    private static CustomerWithOrders nested(Record6<Integer, LocalDateTime, String, String, Boolean, List<Order>> r) {
        return r == null ? null : new CustomerWithOrders(
                new Customer(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()), r.value6());
    }

    @Override
    public Object findMany() {
        return customers().fetch(JooqPeer::customer);
    }

    @Override
    public Object findManyFilterPaginateOrder() {
        return customers().where(ACTIVE.isTrue()).orderBy(CREATED.desc()).limit(10).offset(0).fetch(JooqPeer::customer);
    }

    @Override
    public Object findManyInclude() {
        return withOrders().fetch(JooqPeer::nested);
    }

    @Override
    public Object findFirst() {
        return customer(customers().limit(1).fetchOne());
    }

    @Override
    public Object findFirstInclude() {
        return nested(withOrders().limit(1).fetchOne());
    }

    @Override
    public Object findUnique(int id) {
        return customer(customers().where(ID.eq(id)).fetchOne());
    }

    @Override
    public Object findUniqueInclude(int id) {
        return nested(withOrders().where(ID.eq(id)).fetchOne());
    }

    @Override
    public Object create(int n) {
        return insert(ctx, "John Doe", "new" + n + "@example.com");
    }

    private static Customer insert(DSLContext tx, String name, String email) {
        return customer(tx.insertInto(CUSTOMER, NAME, EMAIL).values(name, email)
                .returningResult(ID, CREATED, NAME, EMAIL, ACTIVE).fetchOne());
    }

    @Override
    public Object nestedCreate(int n) {
        return ctx.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            Customer created = insert(tx, "John Doe", "new" + n + "@example.com");
            Integer orderId = tx.insertInto(ORDER, O_DATE, O_TOTAL, O_CUSTOMER)
                    .values(LocalDateTime.now(), 100.5, created.id()).returningResult(O_ID).fetchOne().value1();
            Field<Integer> a = field(name("A"), SQLDataType.INTEGER);
            Field<Integer> b = field(name("B"), SQLDataType.INTEGER);
            tx.insertInto(ORDER_PRODUCTS, a, b).values(orderId, 1).values(orderId, 2).execute();
            return created;
        });
    }

    private static Customer rename(DSLContext tx, int id, String name) {
        return customer(tx.update(CUSTOMER).set(NAME, name).where(ID.eq(id))
                .returningResult(ID, CREATED, NAME, EMAIL, ACTIVE).fetchOne());
    }

    @Override
    public Object update(int id, int n) {
        return rename(ctx, id, "John Doe Updated " + n);
    }

    @Override
    public Object nestedUpdate(int id, int n) {
        return ctx.transactionResult(cfg -> {
            Customer updated = rename(cfg.dsl(), id, "John Doe Updated " + n);
            cfg.dsl().update(ADDRESS).set(A_STREET, "456 New St").where(A_CUSTOMER.eq(id)).execute();
            return updated;
        });
    }

    @Override
    public Object upsert(int id, int n) {
        return customer(ctx.insertInto(CUSTOMER, ID, NAME, EMAIL).values(id, "John Doe", "john.doe@example.com")
                .onConflict(ID).doUpdate().set(NAME, "John Doe Upserted " + n)
                .returningResult(ID, CREATED, NAME, EMAIL, ACTIVE).fetchOne());
    }

    @Override
    public Object nestedUpsert(int id, int n) {
        return ctx.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            Customer result = rename(tx, id, "John Doe Upserted " + n);
            if (result != null) {
                tx.update(ADDRESS).set(A_STREET, "456 New St").where(A_CUSTOMER.eq(id)).execute();
                return result;
            }
            result = insert(tx, "John Doe", "john.doe@example.com");
            tx.insertInto(ADDRESS, A_STREET, field(name("city"), SQLDataType.VARCHAR),
                    field(name("postalCode"), SQLDataType.VARCHAR), field(name("country"), SQLDataType.VARCHAR), A_CUSTOMER)
                    .values("123 Main St", "Anytown", "12345", "Country", result.id()).execute();
            return result;
        });
    }

    @Override
    public Object distinct() {
        return ctx.select(ID, CREATED, NAME, EMAIL, ACTIVE).distinctOn(ACTIVE).from(CUSTOMER).orderBy(ACTIVE, ID)
                .fetch(JooqPeer::customer);
    }

    @Override
    public Object inList(List<Integer> ids) {
        return ctx.select(O_ID, O_DATE, O_TOTAL, O_CUSTOMER).from(ORDER).where(O_ID.in(ids))
                .fetch(o -> new Order(o.value1(), o.value2(), o.value3(), o.value4()));
    }

    @Override
    public Object cursorPage(int cursor, boolean ascending) {
        return ctx.select(O_ID, O_DATE, O_TOTAL, O_CUSTOMER).from(ORDER)
                .orderBy(ascending ? O_ID.asc() : O_ID.desc()).seek(cursor).limit(10)
                .fetch(o -> new Order(o.value1(), o.value2(), o.value3(), o.value4()));
    }

    @Override
    public Object takeInInclude() {
        return ctx.select(ID, CREATED, NAME, EMAIL, ACTIVE,
                multiset(select(O_ID, O_DATE, O_TOTAL, O_CUSTOMER).from(ORDER).where(O_CUSTOMER.eq(ID)).orderBy(O_ID).limit(3))
                        .convertFrom(r -> r.map(o -> new Order(o.value1(), o.value2(), o.value3(), o.value4()))))
                .from(CUSTOMER).orderBy(ID).limit(10).fetch(JooqPeer::nested);
    }

    @Override
    public Object createMany(int n) {
        // One multi-row INSERT (20,000 bind values), as jOOQ's manual writes a bulk insert.
        List<Row2<String, String>> rows = new ArrayList<>(CREATE_MANY);
        for (int i = 0; i < CREATE_MANY; i++) {
            rows.add(DSL.row("Bulk Customer", Peer.bulkEmail(n, i)));
        }
        return ctx.insertInto(CUSTOMER, NAME, EMAIL).valuesOfRows(rows).execute();
    }

    @Override
    public Object interactiveTransaction(int n) {
        return ctx.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            Customer one = customer(tx.select(ID, CREATED, NAME, EMAIL, ACTIVE).from(CUSTOMER).where(ID.eq(1)).fetchOne());
            rename(tx, one.id(), "Customer in tx " + n);
            tx.insertInto(ORDER, O_DATE, O_TOTAL, O_CUSTOMER).values(LocalDateTime.now(), 42.0, one.id())
                    .returningResult(O_ID, O_DATE, O_TOTAL, O_CUSTOMER).fetchOne();
            tx.update(ADDRESS).set(A_STREET, "2 Tx Street").where(A_CUSTOMER.eq(one.id())).execute();
            return tx.selectCount().from(ORDER).where(O_CUSTOMER.eq(one.id())).fetchOne(0, long.class);
        });
    }

    @Override
    public Object delete(int id) {
        return customer(ctx.deleteFrom(CUSTOMER).where(ID.eq(id))
                .returningResult(ID, CREATED, NAME, EMAIL, ACTIVE).fetchOne());
    }
}
