package dev.reviewflow.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The customer's private contact details: personal data, never shown in public. */
@Embeddable
public class Customer {

    @Column(name = "customer_name")
    public String name;

    @Column(name = "customer_email")
    public String email;

    @Column(name = "customer_phone")
    public String phone;

    public boolean isEmpty() {
        return name == null && email == null && phone == null;
    }
}
