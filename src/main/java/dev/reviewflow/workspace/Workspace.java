package dev.reviewflow.workspace;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One business or brand: everything else belongs to exactly one workspace. */
@Entity
@Table(name = "workspace")
public class Workspace extends PanacheEntityBase {

    @Id
    public String id;

    public String name;

    @Column(name = "created_at")
    public Instant createdAt;

    /** E-mail addresses and phone numbers of the business that its public replies may show. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "reply_allowed_contacts", columnDefinition = "text[]")
    public List<String> replyAllowedContacts = new ArrayList<>();

    /** A week after the resolution: long enough to have come back, recent enough to remember. */
    public static final String DEFAULT_FOLLOW_UP_AFTER = "P7D";

    /**
     * How long after a resolution the customer is asked (ISO 8601 duration, as the admin wrote
     * it); null: no follow-ups.
     */
    @Column(name = "follow_up_after")
    public String followUpAfter = DEFAULT_FOLLOW_UP_AFTER;

    public Optional<Duration> followUpDelay() {
        return Optional.ofNullable(followUpAfter).map(Duration::parse);
    }
}
