package dev.reviewflow.webhook;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.EmptyWebhookSecretException;
import com.standardwebhooks.exceptions.WebhookSigningException;

/**
 * Makes one attempt: checks the target again (DNS may have changed since the subscription was
 * saved), signs the body per Standard Webhooks with the specification's library, and POSTs it.
 * Success is a 2xx within the timeout; redirects are never followed, so a 3xx fails.
 */
@ApplicationScoped
class WebhookSender {

    static final String USER_AGENT = "reviewflow-webhooks/1";

    /** How much of a failed answer's body last_error quotes: enough to tell an error page, not to store a document. */
    private static final int ERROR_EXCERPT = 200;

    private final ObjectMapper mapper;
    private final Clock clock;
    private final WebhookSettings targets;
    private final Duration timeout;
    private final HttpClient client;

    WebhookSender(ObjectMapper mapper, Clock clock, WebhookSettings targets, WebhookDeliverySettings settings) {
        this.mapper = mapper;
        this.clock = clock;
        this.targets = targets;
        this.timeout = settings.timeout();
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout)
                .build();
    }

    DeliveryAttempt send(ClaimedDelivery delivery) {
        URI url = URI.create(delivery.url());
        Optional<String> refused =
                TargetAddresses.refusal(url, targets.targetPolicy(), TargetAddresses.SYSTEM_RESOLVER);
        if (refused.isPresent()) {
            return DeliveryAttempt.unanswered(0, "target refused: " + refused.get() + "; no request made");
        }
        String body = body(delivery);
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", USER_AGENT)
                .header("webhook-id", delivery.id().toString())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", signatures(delivery, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        long started = System.nanoTime();
        CompletableFuture<HttpResponse<String>> answer = client.sendAsync(request, response -> new Excerpt());
        try {
            // One deadline for connecting, the answer's head and what is read of its body.
            HttpResponse<String> response = answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            int status = response.statusCode();
            int latency = millisSince(started);
            if (status >= 200 && status < 300) {
                return DeliveryAttempt.answered(status, latency, null);
            }
            String reason = status >= 300 && status < 400 ? " (redirects are not followed)" : "";
            String excerpt =
                    response.body().isBlank() ? "" : ": " + response.body().strip();
            return DeliveryAttempt.answered(status, latency, "HTTP " + status + reason + excerpt);
        } catch (TimeoutException e) {
            answer.cancel(true);
            return DeliveryAttempt.unanswered(millisSince(started), "no answer within " + timeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            return DeliveryAttempt.unanswered(millisSince(started), failure(e.getCause()));
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            return DeliveryAttempt.unanswered(millisSince(started), "interrupted: the replica is stopping");
        }
    }

    /** The stored payload, without the customer's contact details unless the subscription may have them. */
    private String body(ClaimedDelivery delivery) {
        if (delivery.includeCustomer()) {
            return delivery.payload();
        }
        try {
            JsonNode payload = mapper.readTree(delivery.payload());
            if (payload.path("data").path("complaint") instanceof ObjectNode complaint) {
                complaint.putNull("customer");
            }
            return mapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored webhook payload is not JSON: delivery " + delivery.id(), e);
        }
    }

    /** {@code v1,<sig>}, and during a rotation's overlap the previous secret's signature after it. */
    private static String signatures(ClaimedDelivery delivery, long timestamp, String body) {
        String current = sign(delivery.secret(), delivery, timestamp, body);
        return delivery.previousSecret() == null
                ? current
                : current + " " + sign(delivery.previousSecret(), delivery, timestamp, body);
    }

    private static String sign(String secret, ClaimedDelivery delivery, long timestamp, String body) {
        try {
            return new Webhook(secret).sign(delivery.id().toString(), timestamp, body);
        } catch (WebhookSigningException | EmptyWebhookSecretException e) {
            throw new IllegalStateException("cannot sign delivery " + delivery.id(), e);
        }
    }

    private static String failure(Throwable cause) {
        if (cause instanceof HttpTimeoutException) {
            return "no answer within the timeout";
        }
        if (cause instanceof ConnectException) {
            return "connection failed" + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        }
        String message = cause.getMessage() == null ? "" : ": " + cause.getMessage();
        return shortened(cause.getClass().getSimpleName() + message);
    }

    private static String shortened(String text) {
        return text.length() <= ERROR_EXCERPT ? text : text.substring(0, ERROR_EXCERPT) + "...";
    }

    private static int millisSince(long started) {
        return (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Keeps the first characters of an answer's body and stops reading there, so a receiver that
     * answers with a large or endless body costs neither memory nor the timeout.
     */
    private static final class Excerpt implements HttpResponse.BodySubscriber<String> {

        private final CompletableFuture<String> text = new CompletableFuture<>();
        private final StringBuilder read = new StringBuilder();
        private Flow.Subscription subscription;

        @Override
        public CompletionStage<String> getBody() {
            return text;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            for (ByteBuffer buffer : buffers) {
                read.append(StandardCharsets.UTF_8.decode(buffer));
            }
            if (read.length() >= ERROR_EXCERPT) {
                subscription.cancel();
                text.complete(shortened(read.toString()));
            }
        }

        @Override
        public void onError(Throwable error) {
            text.complete(shortened(read.toString()));
        }

        @Override
        public void onComplete() {
            text.complete(shortened(read.toString()));
        }
    }
}
