package dev.refract.bench.peers;

import java.time.LocalDateTime;
import java.util.List;

/** The records the hand-written peers map rows into, as an application would. */
public final class Rows {
    private Rows() {
    }

    /** A row of Customer. */
    public record Customer(int id, LocalDateTime createdAt, String name, String email, boolean isActive) {
    }

    /** A row of Order. */
    public record Order(int id, LocalDateTime date, double totalAmount, int customerId) {
    }

    /** A customer with its orders. */
    public record CustomerWithOrders(Customer customer, List<Order> orders) {
    }
}
