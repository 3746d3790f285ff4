package dev.reviewflow.complaint;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.reviewflow.common.json.JsonEnums;

/**
 * The complaint workflow's metrics: how many complaints stand in each status (all workspaces
 * together: a workspace label would put tenant names into the metrics store) and how long
 * complaints wait for their first public answer.
 */
@Startup
@ApplicationScoped
public class ComplaintMetrics {

    /** SLO buckets of the time to acknowledgement, so dashboards can count answers within each. */
    private static final Duration[] ACKNOWLEDGEMENT_BUCKETS = {
        Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(4), Duration.ofDays(1)
    };

    private final AgroalDataSource dataSource;
    private final Clock clock;
    private final Duration countsMaxAge;
    private final Timer timeToAcknowledgement;
    private Map<ComplaintStatus, Long> counts = new EnumMap<>(ComplaintStatus.class);
    private Instant countedAt = Instant.MIN;

    ComplaintMetrics(
            MeterRegistry registry,
            AgroalDataSource dataSource,
            Clock clock,
            @ConfigProperty(name = "reviewflow.metrics.complaint-counts-max-age") Duration countsMaxAge) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.countsMaxAge = countsMaxAge;
        for (ComplaintStatus status : ComplaintStatus.values()) {
            Gauge.builder("reviewflow.complaints", this, metrics -> metrics.count(status))
                    .description("Complaints in each status, all workspaces together.")
                    .tag("status", JsonEnums.wireName(status))
                    .register(registry);
        }
        this.timeToAcknowledgement = Timer.builder("reviewflow.acknowledgement.time")
                .description("From a complaint's arrival (receivedAt) to its first public answer (acknowledgedAt).")
                .serviceLevelObjectives(ACKNOWLEDGEMENT_BUCKETS)
                .maximumExpectedValue(Duration.ofDays(7))
                .register(registry);
    }

    /** Counted once the acknowledgement is committed: a rolled-back one never happened. */
    void acknowledged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ComplaintAcknowledged event) {
        timeToAcknowledgement.record(Duration.between(event.receivedAt(), event.acknowledgedAt()));
    }

    /**
     * One grouped COUNT serves every status gauge, and is reused for the configured time, so a
     * scrape costs at most one query however often Prometheus asks (scrapes run off the event loop).
     */
    private synchronized double count(ComplaintStatus status) {
        Instant now = clock.instant();
        if (!now.isBefore(countedAt.plus(countsMaxAge))) {
            counts = countAll();
            countedAt = now;
        }
        return counts.getOrDefault(status, 0L);
    }

    private Map<ComplaintStatus, Long> countAll() {
        Map<ComplaintStatus, Long> fresh = new EnumMap<>(ComplaintStatus.class);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement =
                        connection.prepareStatement("select status, count(*) from complaint group by status");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                fresh.put(ComplaintStatus.valueOf(rows.getString(1)), rows.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count the complaints by status", e);
        }
        return fresh;
    }
}
