package dev.reviewflow.webhook;

import java.util.UUID;

/**
 * A delivery this replica has claimed for one attempt, with what sending it needs.
 *
 * @param attempts the attempts made so far, this one included: the claim's token when the result is recorded
 * @param previousSecret the secret before a rotation, while it still signs; otherwise null
 */
record ClaimedDelivery(
        UUID id,
        int attempts,
        UUID subscriptionId,
        String url,
        String secret,
        String previousSecret,
        boolean includeCustomer,
        String payload) {}
