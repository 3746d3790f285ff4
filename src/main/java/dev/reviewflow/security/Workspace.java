package dev.reviewflow.security;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One business or brand: everything else belongs to exactly one workspace. */
@Entity
@Table(name = "workspace")
public class Workspace extends PanacheEntityBase {

    @Id
    public String id;

    public String name;

    @Column(name = "created_at")
    public Instant createdAt;
}
