package dev.reviewflow.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TargetAddressesTest {

    private static final TargetAddresses.Policy STRICT = new TargetAddresses.Policy(false, false, false);
    private static final TargetAddresses.Policy TESTING = new TargetAddresses.Policy(true, true, false);

    /** Every host name resolves to the address written in it, e.g. "a-10.0.0.1.example" to 10.0.0.1. */
    private static final TargetAddresses.Resolver NAMED = host -> {
        if (host.startsWith("a-")) {
            String address = host.substring(2, host.length() - ".example".length());
            return List.of(InetAddress.getByName(address));
        }
        if (host.equals("both.example")) {
            return List.of(InetAddress.getByName("93.184.215.14"), InetAddress.getByName("10.1.2.3"));
        }
        if (host.contains(":") || Character.isDigit(host.charAt(0))) {
            return List.of(InetAddress.getByName(host));
        }
        throw new UnknownHostException(host);
    };

    private static Optional<String> refusal(String url, TargetAddresses.Policy policy) {
        return TargetAddresses.refusal(URI.create(url), policy, NAMED);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://127.0.0.1/hook",
                "https://a-127.8.9.10.example/hook",
                "https://[::1]/hook",
                "https://169.254.169.254/latest/meta-data/",
                "https://a-169.254.169.254.example/",
                "https://[fe80::1]/hook",
                "https://10.0.0.5/hook",
                "https://172.16.0.1/hook",
                "https://172.31.255.255/hook",
                "https://192.168.1.1/hook",
                "https://100.64.0.1/hook",
                "https://[fd00:ec2::254]/hook",
                "https://[::ffff:10.0.0.1]/hook",
                "https://[::ffff:127.0.0.1]/hook",
                "https://0.0.0.0/hook",
                "https://[::]/hook",
                "https://224.0.0.1/hook",
                "https://both.example/hook",
                "http://93.184.215.14/hook",
                "ftp://93.184.215.14/hook",
                "https://user:pw@93.184.215.14/hook",
                "https://nowhere.example/hook",
                "https:///nohost"
            })
    void internalAndUnsafeTargetsAreRefused(String url) {
        assertTrue(refusal(url, STRICT).isPresent(), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://93.184.215.14/hook", "https://[2606:4700::1111]/x", "https://172.32.0.1/a"})
    void publicHttpsTargetsAreAllowed(String url) {
        assertEquals(Optional.empty(), refusal(url, STRICT), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8089/hook", "http://[::1]:8089/hook"})
    void configurationMayAllowLoopbackOverHttp(String url) {
        assertEquals(Optional.empty(), refusal(url, TESTING), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://169.254.169.254/", "http://10.0.0.5/", "http://[fd00:ec2::254]/"})
    void allowingLoopbackAllowsNothingElse(String url) {
        assertTrue(refusal(url, TESTING).isPresent(), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://10.0.0.5/", "https://[fd12::1]/"})
    void privateNetworksOnlyWhenConfigured(String url) {
        assertEquals(Optional.empty(), refusal(url, new TargetAddresses.Policy(false, false, true)), url);
    }
}
