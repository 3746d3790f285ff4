package dev.reviewflow.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which webhook targets reviewflow may call: a receiver URL must not make the service reach into
 * its own network (server-side request forgery). Checked when a subscription is saved and again
 * before every attempt, since a name can resolve elsewhere later. Plain Java, no I/O but the
 * resolver it is given.
 */
public final class TargetAddresses {

    /** Resolves a host name to every address it has. */
    @FunctionalInterface
    public interface Resolver {
        List<InetAddress> resolve(String host) throws UnknownHostException;
    }

    /** What configuration allows beyond public https targets (tests allow loopback and http). */
    public record Policy(boolean allowHttp, boolean allowLoopback, boolean allowPrivateNetworks) {}

    public static final Resolver SYSTEM_RESOLVER = host -> List.of(InetAddress.getAllByName(host));

    private TargetAddresses() {}

    /** Why {@code url} may not be called, or empty when it may. */
    public static Optional<String> refusal(URI url, Policy policy, Resolver resolver) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(scheme.equals("http") && policy.allowHttp())) {
            return Optional.of(policy.allowHttp() ? "must be an http or https URL" : "must be an https URL");
        }
        if (url.getRawUserInfo() != null) {
            return Optional.of("must not carry credentials");
        }
        if (url.getRawFragment() != null) {
            return Optional.of("must not carry a fragment");
        }
        String host = url.getHost();
        if (host == null || host.isEmpty()) {
            return Optional.of("must name a host");
        }
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            return Optional.of("names a host that does not resolve");
        }
        for (InetAddress address : addresses) {
            Optional<String> refused = refusal(address, policy);
            if (refused.isPresent()) {
                return refused;
            }
        }
        return Optional.empty();
    }

    static Optional<String> refusal(InetAddress address, Policy policy) {
        InetAddress plain = unmapped(address);
        if (plain.isLoopbackAddress()) {
            return policy.allowLoopback() ? Optional.empty() : Optional.of("resolves to a loopback address");
        }
        if (plain.isAnyLocalAddress() || plain.isMulticastAddress()) {
            return Optional.of("resolves to an address that is not a single host");
        }
        // Link-local covers the cloud metadata service (169.254.169.254); it is never allowed.
        if (plain.isLinkLocalAddress()) {
            return Optional.of("resolves to a link-local address");
        }
        if (isPrivate(plain) && !policy.allowPrivateNetworks()) {
            return Optional.of("resolves to a private network address");
        }
        return Optional.empty();
    }

    /** An IPv4 address written as IPv6 (::ffff:a.b.c.d) is judged as the IPv4 address. */
    private static InetAddress unmapped(InetAddress address) {
        if (address instanceof Inet6Address) {
            byte[] bytes = address.getAddress();
            boolean mapped = true;
            for (int i = 0; i < 10; i++) {
                mapped &= bytes[i] == 0;
            }
            if (mapped && bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff) {
                try {
                    return InetAddress.getByAddress(new byte[] {bytes[12], bytes[13], bytes[14], bytes[15]});
                } catch (UnknownHostException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return address;
    }

    /**
     * RFC 1918 networks, carrier-grade NAT (100.64.0.0/10), the IETF and benchmarking blocks,
     * IPv6 unique-local addresses (fc00::/7, which holds AWS's fd00:ec2::254 metadata address)
     * and the old site-local ones.
     */
    private static boolean isPrivate(InetAddress address) {
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 10
                    || first == 0
                    || (first == 172 && second >= 16 && second <= 31)
                    || (first == 192 && second == 168)
                    || (first == 100 && second >= 64 && second <= 127)
                    || (first == 192 && second == 0 && (b[2] & 0xff) == 0)
                    || (first == 198 && (second == 18 || second == 19))
                    || first >= 240;
        }
        return (b[0] & 0xfe) == 0xfc || address.isSiteLocalAddress();
    }
}
