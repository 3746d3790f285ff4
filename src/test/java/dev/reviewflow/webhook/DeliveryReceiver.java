package dev.reviewflow.webhook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToIntFunction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A webhook receiver for the tests, on 127.0.0.1: records every request and checks its
 * signature with the Standard Webhooks library, then answers as told. It can be down (its port
 * closed) and come up again on the same port.
 */
final class DeliveryReceiver implements AutoCloseable {

    /** One request as it arrived; {@code verified}: the signature checked out with the subscription's secret. */
    record Received(String webhookId, Map<String, List<String>> headers, String body, JsonNode json, boolean verified) {

        String type() {
            return json.path("type").asText();
        }

        String complaintId() {
            return json.path("data").path("complaint").path("id").asText(null);
        }

        int sequence() {
            return json.path("data").path("sequence").asInt();
        }

        String header(String name) {
            List<String> values = headers.get(name);
            return values == null ? null : values.getFirst();
        }

        /** Whether the signature header carries a valid signature by {@code secret} (one of possibly several). */
        boolean signedBy(String secret) {
            return signed(secret, body, headers);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    final List<Received> received = new CopyOnWriteArrayList<>();
    private final String secret;
    private final int port;
    private final ExecutorService handlers = Executors.newCachedThreadPool();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();
    private volatile ToIntFunction<Received> answer = request -> 200;
    private HttpServer server;

    private DeliveryReceiver(String secret, int port) {
        this.secret = secret;
        this.port = port;
    }

    /** A receiver that is up and answers 200. */
    static DeliveryReceiver up(String secret) {
        DeliveryReceiver receiver = new DeliveryReceiver(secret, freePort());
        receiver.start();
        return receiver;
    }

    /** A receiver whose port refuses connections until {@link #start()}. */
    static DeliveryReceiver down(String secret) {
        return new DeliveryReceiver(secret, freePort());
    }

    String url() {
        return "http://127.0.0.1:" + port + "/hooks";
    }

    /** How the receiver answers from now on: an HTTP status for each request (it may also take its time). */
    void answer(ToIntFunction<Received> answer) {
        this.answer = answer;
    }

    /** The most requests it was answering at once. */
    int mostInFlight() {
        return mostInFlight.get();
    }

    synchronized void start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(handlers);
        server.createContext("/hooks", this::handle);
        server.start();
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, List<String>> headers = new HashMap<>();
            exchange.getRequestHeaders()
                    .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
            Received request = new Received(
                    headers.getOrDefault("webhook-id", List.of("")).getFirst(),
                    headers,
                    body,
                    JSON.readTree(body),
                    signed(secret, body, headers));
            received.add(request);
            int status = answer.applyAsInt(request);
            exchange.sendResponseHeaders(status, -1);
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private static boolean signed(String secret, String body, Map<String, List<String>> headers) {
        try {
            new Webhook(secret).verify(body, headers);
            return true;
        } catch (WebhookVerificationException e) {
            return false;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
