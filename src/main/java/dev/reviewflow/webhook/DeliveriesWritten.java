package dev.reviewflow.webhook;

/** The outbox wrote deliveries in the current transaction: once it commits, the dispatcher need not wait for its next poll. */
record DeliveriesWritten() {}
