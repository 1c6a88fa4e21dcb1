package dev.refract.bench.peers;

import java.util.List;

/**
 * One way of running the queries of Prisma's orm-benchmarks against {@link PeerData}: every peer
 * (hand-written JDBC, Refract, jOOQ, ...) does the same work on the same connection and returns
 * the rows it read, mapped as its users would get them. Writes that Prisma runs in a transaction
 * (nested writes) run in one here too.
 */
public interface Peer extends AutoCloseable {
    /** The rows of the createMany case. */
    int CREATE_MANY = 10_000;

    /** The email of row {@code i} of createMany call {@code n}: unique across calls. */
    static String bulkEmail(int n, int i) {
        return "bulk" + n + "-" + i + "@example.com";
    }

    /** Every customer. */
    Object findMany() throws Exception;

    /** Active customers, newest first, skip 0, take 10. */
    Object findManyFilterPaginateOrder() throws Exception;

    /** Every customer with its orders. */
    Object findManyInclude() throws Exception;

    /** The first customer. */
    Object findFirst() throws Exception;

    /** The first customer with its orders. */
    Object findFirstInclude() throws Exception;

    /** A customer by id. */
    Object findUnique(int id) throws Exception;

    /** A customer by id with its orders. */
    Object findUniqueInclude(int id) throws Exception;

    /** A new customer; {@code n} makes its email unique. */
    Object create(int n) throws Exception;

    /** A new customer with one order of products 1 and 2. */
    Object nestedCreate(int n) throws Exception;

    /** A customer's name changed (to a name made with {@code n}, so that no peer can skip it as unchanged). */
    Object update(int id, int n) throws Exception;

    /** A customer's name and its address' street changed. */
    Object nestedUpdate(int id, int n) throws Exception;

    /** A customer's name changed, or the customer created. */
    Object upsert(int id, int n) throws Exception;

    /** Name and street changed, or the customer created with an address. */
    Object nestedUpsert(int id, int n) throws Exception;

    /** A customer deleted, returned as it was. */
    Object delete(int id) throws Exception;

    /** The first customer of each value of isActive (Prisma's {@code distinct: ['isActive']}), by id. */
    Object distinct() throws Exception;

    /** The orders whose id is in {@code ids} (10,000 of them). */
    Object inList(List<Integer> ids) throws Exception;

    /**
     * Page 1,000 of the orders by id, ten a page, reached by cursor (Prisma's {@code cursor: {id},
     * skip: 1, take: 10}): after order {@code cursor} ascending, or before it descending.
     */
    Object cursorPage(int cursor, boolean ascending) throws Exception;

    /** The first ten customers by id, each with its first three orders by id. */
    Object takeInInclude() throws Exception;

    /**
     * {@value #CREATE_MANY} new customers in one createMany (name "Bulk Customer", emails by
     * {@link #bulkEmail}); how many were created.
     */
    Object createMany(int n) throws Exception;

    /**
     * An interactive transaction of five statements on customer 1 (Prisma's
     * {@code $transaction(async tx => ...)}): read it, rename it, add an order, change its
     * address' street, count its orders; the count.
     */
    Object interactiveTransaction(int n) throws Exception;

    @Override
    default void close() throws Exception {
    }
}
