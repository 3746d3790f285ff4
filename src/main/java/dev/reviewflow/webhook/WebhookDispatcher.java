package dev.reviewflow.webhook;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import org.jboss.logging.Logger;

/**
 * Sends the outbox: one loop per replica claims due deliveries (as many as it has free senders)
 * and hands each to a fixed pool of senders, which make the attempt and record its result. The
 * loop runs when a transaction that wrote deliveries commits, when a sender finishes, and at
 * least every poll interval (for retries that fall due and other replicas' writes). Several
 * replicas share the work through the claims (see {@link DeliveryClaims}); each delivery is
 * attempted by one of them at a time. Delivered deliveries older than the retention period are
 * removed by the same loop, once an hour.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    private static final Duration RETENTION_RUN_EVERY = Duration.ofHours(1);

    private final DeliveryClaims claims;
    private final WebhookSender sender;
    private final WebhookDeliverySettings settings;
    private final Object signal = new Object();

    private boolean woken;
    private volatile boolean running;
    private Thread loop;
    private ExecutorService senders;
    private Semaphore freeSenders;
    private long nextRetentionRun;

    WebhookDispatcher(DeliveryClaims claims, WebhookSender sender, WebhookDeliverySettings settings) {
        this.claims = claims;
        this.sender = sender;
        this.settings = settings;
    }

    void onStart(@Observes StartupEvent event) {
        start();
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    /** After the commit of a transaction that wrote deliveries: send them now rather than at the next poll. */
    void onDeliveriesWritten(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeliveriesWritten written) {
        wake();
    }

    synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        senders = Executors.newFixedThreadPool(
                settings.senders(),
                Thread.ofPlatform().name("webhook-sender-", 1).daemon().factory());
        freeSenders = new Semaphore(settings.senders());
        nextRetentionRun = System.nanoTime();
        loop = Thread.ofPlatform().name("webhook-dispatcher").daemon().start(this::run);
    }

    /**
     * Stops claiming and lets the attempts under way finish (each within the timeout) and record
     * their results; what is still unrecorded when the wait ends is claimed again by a replica
     * once its lease lapses.
     */
    synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        wake();
        try {
            loop.join();
            senders.shutdown();
            if (!senders.awaitTermination(settings.timeout().toMillis() + 5_000, TimeUnit.MILLISECONDS)) {
                senders.shutdownNow();
            }
        } catch (InterruptedException e) {
            senders.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /**
     * One claim and its attempts, made in the calling thread: what each loop does, without the
     * pool. Two callers at once behave as two replicas.
     *
     * @return how many deliveries were attempted
     */
    int dispatchOnce(int capacity) {
        List<ClaimedDelivery> claimed = claims.claim(capacity);
        claimed.forEach(this::attempt);
        return claimed.size();
    }

    void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    private void run() {
        while (running) {
            boolean full = false;
            try {
                full = claimAndHandOver();
                removeExpiredWhenDue();
            } catch (RuntimeException e) {
                LOG.warnf(e, "Webhook dispatch failed; trying again in %s", settings.pollInterval());
            }
            if (!full) {
                awaitSignal();
            }
        }
    }

    /** Whether every free sender got a delivery: then there may be more to claim at once. */
    private boolean claimAndHandOver() {
        // This start's pool and permits: a sender still finishing from before a restart releases into its own.
        Semaphore free = freeSenders;
        ExecutorService pool = senders;
        int capacity = free.availablePermits();
        if (capacity == 0) {
            return false;
        }
        List<ClaimedDelivery> claimed = claims.claim(capacity);
        for (ClaimedDelivery delivery : claimed) {
            // Only this loop takes permits, so the ones counted above are still there.
            free.acquireUninterruptibly();
            pool.execute(() -> {
                try {
                    attempt(delivery);
                } finally {
                    free.release();
                    wake();
                }
            });
        }
        return claimed.size() == capacity;
    }

    private void attempt(ClaimedDelivery delivery) {
        DeliveryAttempt result;
        try {
            result = sender.send(delivery);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Webhook delivery %s could not be attempted", delivery.id());
            result = DeliveryAttempt.unanswered(0, "internal error before sending");
        }
        try {
            claims.record(delivery, result);
        } catch (RuntimeException e) {
            // The claim lapses after its lease and the delivery is attempted again.
            LOG.errorf(e, "The result of webhook delivery %s could not be recorded", delivery.id());
        }
    }

    private void removeExpiredWhenDue() {
        if (System.nanoTime() - nextRetentionRun >= 0) {
            nextRetentionRun = System.nanoTime() + RETENTION_RUN_EVERY.toNanos();
            claims.removeExpired();
        }
    }

    private void awaitSignal() {
        synchronized (signal) {
            if (!woken && running) {
                try {
                    signal.wait(settings.pollInterval().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    running = false;
                }
            }
            woken = false;
        }
    }
}
