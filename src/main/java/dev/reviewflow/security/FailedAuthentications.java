package dev.reviewflow.security;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Failed authentications per client address, in this replica's memory. An address that reaches
 * the limit is refused until a minute has passed since its first failure, so keys cannot be tried
 * at full speed and bad keys cannot keep the connection pool busy. Each address's count lives one
 * minute: expired counts are swept once a minute, so the map holds at most the addresses that
 * failed in the last two minutes.
 */
@ApplicationScoped
public class FailedAuthentications {

    static final long WINDOW_MILLIS = 60_000;
    private static final Pattern IPV6_LITERAL = Pattern.compile("\\[?[0-9A-Fa-f.]*:[0-9A-Fa-f:.]*]?");

    private record Window(long start, int failures) {}

    private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();
    private final AtomicLong nextSweep = new AtomicLong();
    private final Clock clock;
    private final int perMinute;

    @Inject
    FailedAuthentications(Clock clock, SecurityConfig config) {
        this(clock, config.failedAuthenticationsPerMinute());
    }

    FailedAuthentications(Clock clock, int perMinute) {
        this.clock = clock;
        this.perMinute = perMinute;
    }

    /** When {@code address} has used up its failures, the seconds until it may try again. */
    public OptionalLong retryAfter(String address) {
        long now = clock.millis();
        Window window = windows.get(client(address));
        if (window == null || expired(window, now) || window.failures() < perMinute) {
            return OptionalLong.empty();
        }
        long secondsLeft = (window.start() + WINDOW_MILLIS - now + 999) / 1000;
        return OptionalLong.of(Math.max(1, secondsLeft));
    }

    public void recordFailure(String address) {
        long now = clock.millis();
        sweepExpired(now);
        windows.compute(
                client(address),
                (key, current) -> current == null || expired(current, now)
                        ? new Window(now, 1)
                        : new Window(current.start(), current.failures() + 1));
    }

    /** How many clients have a count: for the test that the map does not grow without bound. */
    int tracked() {
        return windows.size();
    }

    private void sweepExpired(long now) {
        long due = nextSweep.get();
        if (now >= due && nextSweep.compareAndSet(due, now + WINDOW_MILLIS)) {
            windows.values().removeIf(window -> expired(window, now));
        }
    }

    private static boolean expired(Window window, long now) {
        return now - window.start() >= WINDOW_MILLIS;
    }

    /**
     * The client an address stands for. An IPv6 host is usually given a whole /64, so all of it
     * counts as one client; otherwise a new address per attempt would escape the limit.
     */
    static String client(String address) {
        String literal = address.split("%", 2)[0];
        // Only hex digits, colons and dots: InetAddress then parses a literal and never asks DNS.
        if (!IPV6_LITERAL.matcher(literal).matches()) {
            return address;
        }
        try {
            InetAddress parsed = InetAddress.getByName(literal);
            return parsed instanceof Inet6Address
                    ? HexFormat.of().formatHex(parsed.getAddress(), 0, 8) + "/64"
                    : parsed.getHostAddress();
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
