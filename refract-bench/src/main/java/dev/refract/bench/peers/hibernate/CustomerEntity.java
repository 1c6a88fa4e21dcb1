package dev.refract.bench.peers.hibernate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Customer, hand-mapped. The address is not mapped here: an inverse one-to-one cannot be lazy
 * without bytecode enhancement, and would cost a query per customer read.
 */
@Entity(name = "Customer")
@Table(name = "Customer")
public class CustomerEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Integer id;
    @Column(name = "createdAt")
    public LocalDateTime createdAt;
    public String name;
    public String email;
    @Column(name = "isActive")
    public boolean isActive;
    @OneToMany(mappedBy = "customer")
    public List<OrderEntity> orders = new ArrayList<>();
}
