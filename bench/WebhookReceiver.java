import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The benchmark's webhook receiver (run as a source file: java bench/WebhookReceiver.java PORTFILE):
 * answers 204 to every delivery and keeps how long after its event each arrived (the event's
 * "timestamp" is taken in the transaction that wrote it, just before commit). GET /stats prints
 * "count p50 p99 max" in milliseconds; POST /reset forgets what was counted.
 */
public class WebhookReceiver {

    private static final Pattern TIMESTAMP = Pattern.compile("\"timestamp\":\"([^\"]+)\"");
    private static final List<Long> LAGS_MS = Collections.synchronizedList(new ArrayList<>());

    public static void main(String[] args) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/hook", WebhookReceiver::receive);
        server.createContext("/stats", exchange -> answer(exchange, 200, stats()));
        server.createContext("/reset", exchange -> {
            LAGS_MS.clear();
            answer(exchange, 204, "");
        });
        server.start();
        Files.writeString(Path.of(args[0]), Integer.toString(server.getAddress().getPort()));
    }

    private static void receive(HttpExchange exchange) throws IOException {
        Instant arrived = Instant.now();
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher timestamp = TIMESTAMP.matcher(body);
        if (timestamp.find()) {
            LAGS_MS.add(Duration.between(Instant.parse(timestamp.group(1)), arrived).toMillis());
        }
        answer(exchange, 204, "");
    }

    private static String stats() {
        List<Long> lags;
        synchronized (LAGS_MS) {
            lags = new ArrayList<>(LAGS_MS);
        }
        if (lags.isEmpty()) {
            return "0 0 0 0\n";
        }
        Collections.sort(lags);
        return "%d %d %d %d%n"
                .formatted(lags.size(), percentile(lags, 50), percentile(lags, 99), lags.getLast());
    }

    private static long percentile(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * p / 100.0) - 1));
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, status == 204 ? -1 : bytes.length);
        if (status != 204) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }
}
