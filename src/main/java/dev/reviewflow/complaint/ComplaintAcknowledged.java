package dev.reviewflow.complaint;

import java.time.Instant;

/** A complaint got its first public answer (fired inside the transaction that records it). */
public record ComplaintAcknowledged(Instant receivedAt, Instant acknowledgedAt) {}
