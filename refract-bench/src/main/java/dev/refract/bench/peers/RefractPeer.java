package dev.refract.bench.peers;

import dev.refract.bench.BenchModels;
import dev.refract.bench.SingleConnectionDataSource;
import dev.refract.engine.QueryEngine;
import dev.refract.engine.ir.Action;
import dev.refract.engine.ir.CreateQuery;
import dev.refract.engine.ir.DeleteQuery;
import dev.refract.engine.ir.FieldWrite;
import dev.refract.engine.ir.Filter;
import dev.refract.engine.ir.FindQuery;
import dev.refract.engine.ir.NestedWrite;
import dev.refract.engine.ir.OrderBy;
import dev.refract.engine.ir.ReadArgs;
import dev.refract.engine.ir.Selection;
import dev.refract.engine.ir.UpdateQuery;
import dev.refract.engine.ir.UpsertQuery;
import dev.refract.engine.ir.WriteData;
import dev.refract.model.Model;
import dev.refract.model.RelationField;
import dev.refract.model.ScalarField;
import dev.refract.model.SchemaModel;
import dev.refract.model.SortOrder;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Refract: each query built as the engine's IR, per call, as a typed client would build it
 * (so the IR's construction is part of the cost), then {@code QueryEngine.execute}.
 */
final class RefractPeer implements Peer {
    private final Connection c;
    private final QueryEngine engine;
    private final Model customer;
    private final Model order;
    private final Model address;
    private final Model product;
    private final Selection customerScalars;
    private final Selection withOrders;
    private final ScalarField id;
    private final ScalarField name;
    private final ScalarField email;
    private final RelationField orders;
    private final RelationField addressField;

    RefractPeer(Connection c) {
        this.c = c;
        SchemaModel schema = BenchModels.parse("/bench/peers.prisma", "postgresql");
        engine = QueryEngine.builder(schema, new SingleConnectionDataSource(c)).build();
        customer = schema.requireModel("Customer");
        order = schema.requireModel("Order");
        address = schema.requireModel("Address");
        product = schema.requireModel("Product");
        customerScalars = BenchModels.scalars(customer);
        id = field(customer, "id");
        name = field(customer, "name");
        email = field(customer, "email");
        orders = customer.relationField("orders").orElseThrow();
        addressField = customer.relationField("address").orElseThrow();
        withOrders = BenchModels.with(customerScalars,
                new Selection.Relation(orders, ReadArgs.NONE, BenchModels.scalars(order)));
    }

    private static ScalarField field(Model m, String n) {
        return m.scalarField(n).orElseThrow();
    }

    private Object find(Action action, ReadArgs args, Selection selection) {
        return engine.execute(new FindQuery(customer, action, args, selection), c);
    }

    @Override
    public Object findMany() {
        return find(Action.FIND_MANY, ReadArgs.NONE, customerScalars);
    }

    @Override
    public Object findManyFilterPaginateOrder() {
        ReadArgs args = new ReadArgs(Filter.eq(field(customer, "isActive"), true),
                List.of(new OrderBy.ByScalar(field(customer, "createdAt"), SortOrder.DESC)), null, 0L, 10L, List.of(), null);
        return find(Action.FIND_MANY, args, customerScalars);
    }

    @Override
    public Object findManyInclude() {
        return find(Action.FIND_MANY, ReadArgs.NONE, withOrders);
    }

    @Override
    public Object findFirst() {
        return find(Action.FIND_FIRST, ReadArgs.NONE, customerScalars);
    }

    @Override
    public Object findFirstInclude() {
        return find(Action.FIND_FIRST, ReadArgs.NONE, withOrders);
    }

    @Override
    public Object findUnique(int key) {
        return find(Action.FIND_UNIQUE, ReadArgs.where(Filter.eq(id, key)), customerScalars);
    }

    @Override
    public Object findUniqueInclude(int key) {
        return find(Action.FIND_UNIQUE, ReadArgs.where(Filter.eq(id, key)), withOrders);
    }

    @Override
    public Object create(int n) {
        WriteData data = WriteData.of(List.of(FieldWrite.set(name, "John Doe"), FieldWrite.set(email, "new" + n + "@example.com")));
        return engine.execute(new CreateQuery(customer, data, customerScalars), c);
    }

    @Override
    public Object nestedCreate(int n) {
        ScalarField productId = field(product, "id");
        WriteData orderData = new WriteData(List.of(
                FieldWrite.set(field(order, "date"), LocalDateTime.now()),
                FieldWrite.set(field(order, "totalAmount"), 100.5)),
                List.of(new NestedWrite.Connect(order.relationField("products").orElseThrow(),
                        List.of(Filter.eq(productId, 1), Filter.eq(productId, 2)))));
        WriteData data = new WriteData(List.of(FieldWrite.set(name, "John Doe"), FieldWrite.set(email, "new" + n + "@example.com")),
                List.of(new NestedWrite.Create(orders, List.of(orderData))));
        return engine.execute(new CreateQuery(customer, data, customerScalars), c);
    }

    @Override
    public Object update(int key, int n) {
        WriteData data = WriteData.of(List.of(FieldWrite.set(name, "John Doe Updated " + n)));
        return engine.execute(new UpdateQuery(customer, Filter.eq(id, key), data, customerScalars), c);
    }

    @Override
    public Object nestedUpdate(int key, int n) {
        WriteData data = new WriteData(List.of(FieldWrite.set(name, "John Doe Updated " + n)), List.of(newStreet()));
        return engine.execute(new UpdateQuery(customer, Filter.eq(id, key), data, customerScalars), c);
    }

    @Override
    public Object upsert(int key, int n) {
        WriteData create = WriteData.of(List.of(FieldWrite.set(name, "John Doe"), FieldWrite.set(email, "john.doe@example.com")));
        WriteData update = WriteData.of(List.of(FieldWrite.set(name, "John Doe Upserted " + n)));
        return engine.execute(new UpsertQuery(customer, Filter.eq(id, key), create, update, customerScalars), c);
    }

    @Override
    public Object nestedUpsert(int key, int n) {
        WriteData newAddress = WriteData.of(List.of(
                FieldWrite.set(field(address, "street"), "123 Main St"),
                FieldWrite.set(field(address, "city"), "Anytown"),
                FieldWrite.set(field(address, "postalCode"), "12345"),
                FieldWrite.set(field(address, "country"), "Country")));
        WriteData create = new WriteData(List.of(FieldWrite.set(name, "John Doe"), FieldWrite.set(email, "john.doe@example.com")),
                List.of(new NestedWrite.Create(addressField, List.of(newAddress))));
        WriteData update = new WriteData(List.of(FieldWrite.set(name, "John Doe Upserted " + n)), List.of(newStreet()));
        return engine.execute(new UpsertQuery(customer, Filter.eq(id, key), create, update, customerScalars), c);
    }

    @Override
    public Object delete(int key) {
        return engine.execute(new DeleteQuery(customer, Filter.eq(id, key), customerScalars), c);
    }

    @Override
    public Object distinct() {
        ReadArgs args = new ReadArgs(Filter.TRUE, List.of(new OrderBy.ByScalar(id, SortOrder.ASC)), null, null, null,
                List.of(field(customer, "isActive")), null);
        return find(Action.FIND_MANY, args, customerScalars);
    }

    @Override
    public Object inList(List<Integer> ids) {
        ReadArgs args = ReadArgs.where(new Filter.Scalar(field(order, "id"), Filter.ScalarOp.IN, ids, false));
        return engine.execute(new FindQuery(order, Action.FIND_MANY, args, BenchModels.scalars(order)), c);
    }

    @Override
    public Object cursorPage(int cursor, boolean ascending) {
        ScalarField orderId = field(order, "id");
        ReadArgs args = new ReadArgs(Filter.TRUE,
                List.of(new OrderBy.ByScalar(orderId, ascending ? SortOrder.ASC : SortOrder.DESC)),
                Filter.eq(orderId, cursor), 1L, 10L, List.of(), null);
        return engine.execute(new FindQuery(order, Action.FIND_MANY, args, BenchModels.scalars(order)), c);
    }

    @Override
    public Object takeInInclude() {
        ReadArgs firstThree = new ReadArgs(Filter.TRUE, List.of(new OrderBy.ByScalar(field(order, "id"), SortOrder.ASC)),
                null, null, 3L, List.of(), null);
        Selection selection = BenchModels.with(customerScalars,
                new Selection.Relation(orders, firstThree, BenchModels.scalars(order)));
        ReadArgs firstTen = new ReadArgs(Filter.TRUE, List.of(new OrderBy.ByScalar(id, SortOrder.ASC)),
                null, null, 10L, List.of(), null);
        return find(Action.FIND_MANY, firstTen, selection);
    }

    private NestedWrite newStreet() {
        return new NestedWrite.Update(addressField, List.of(new NestedWrite.WhereData(Filter.TRUE,
                WriteData.of(List.of(FieldWrite.set(field(address, "street"), "456 New St"))))));
    }
}
