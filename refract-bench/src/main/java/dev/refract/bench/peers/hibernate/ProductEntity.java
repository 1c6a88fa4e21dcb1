package dev.refract.bench.peers.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Product, hand-mapped (only referenced by the benchmarks). */
@Entity(name = "Product")
@Table(name = "Product")
public class ProductEntity {
    @Id
    public Integer id;
    public String name;
    public double price;
    public int quantity;
    public String description;
}
