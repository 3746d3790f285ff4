package dev.reviewflow.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

import dev.reviewflow.common.error.NotFoundException;
import dev.reviewflow.common.http.EntityTags;

/** Where a workspace wants its events sent, and the secret they are signed with. */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "workspace_id", updatable = false)
    public String workspaceId;

    public String url;

    /** The event types sent, by wire name; null: all of them. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> events;

    public String description;

    public boolean active;

    /** Why delivery stopped by itself ("gone": the receiver answered 410); null while it was not stopped so. */
    @Column(name = "disabled_reason")
    public String disabledReason;

    /** Whether the customer's contact details are sent: only when the creator had pii:read. */
    @Column(name = "include_customer", updatable = false)
    public boolean includeCustomer;

    public String secret;

    @Column(name = "previous_secret")
    public String previousSecret;

    @Column(name = "previous_secret_expires_at")
    public Instant previousSecretExpiresAt;

    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @Column(name = "created_by", updatable = false)
    public String createdBy;

    @Version
    public long version;

    /** The caller's workspace's subscription; another workspace's is as absent as one that never existed. */
    public static WebhookSubscription require(UUID id) {
        return WebhookSubscription.<WebhookSubscription>findByIdOptional(id)
                .orElseThrow(() -> new NotFoundException("webhook subscription", id.toString()));
    }

    /**
     * Loads and locks the subscription for a write that may name the version it read: concurrent
     * writers queue up, and a stale If-Match is refused before anything changes.
     */
    public static WebhookSubscription lockForWrite(UUID id, String ifMatch) {
        WebhookSubscription subscription = WebhookSubscription.<WebhookSubscription>findByIdOptional(
                        id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new NotFoundException("webhook subscription", id.toString()));
        EntityTags.requireMatch(ifMatch, subscription.version);
        return subscription;
    }
}
