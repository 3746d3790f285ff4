package dev.reviewflow.complaint;

import java.util.UUID;

/**
 * Fired inside the erasure's transaction, so that the features holding texts about a complaint
 * (its replies) replace the customer's values too, without the complaint knowing them.
 */
public record CustomerErased(UUID complaintId, CustomerTraces traces) {}
