package dev.reviewflow.webhook;

/**
 * What one attempt came to.
 *
 * @param statusCode the receiver's HTTP status; null when no answer came (refused target, no connection, timeout)
 * @param latencyMs from sending the request to the end of the answer (or of waiting for it)
 * @param error why the attempt failed, short; null when it succeeded
 */
record DeliveryAttempt(Integer statusCode, int latencyMs, String error) {

    /** Any 2xx answer. */
    boolean succeeded() {
        return statusCode != null && statusCode >= 200 && statusCode < 300;
    }

    /** 410 Gone: the receiver wants no more deliveries to this subscription. */
    boolean gone() {
        return statusCode != null && statusCode == 410;
    }

    static DeliveryAttempt answered(int statusCode, int latencyMs, String error) {
        return new DeliveryAttempt(statusCode, latencyMs, error);
    }

    static DeliveryAttempt unanswered(int latencyMs, String error) {
        return new DeliveryAttempt(null, latencyMs, error);
    }
}
