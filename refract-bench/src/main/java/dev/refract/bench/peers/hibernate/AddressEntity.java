package dev.refract.bench.peers.hibernate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Address, hand-mapped; its customer as the plain key (see {@link CustomerEntity}). */
@Entity(name = "Address")
@Table(name = "Address")
public class AddressEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Integer id;
    public String street;
    public String city;
    @Column(name = "postalCode")
    public String postalCode;
    public String country;
    @Column(name = "customerId")
    public Integer customerId;
}
