package dev.reviewflow.support;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.RestAssured;
import org.eclipse.microprofile.config.ConfigProvider;

/** Scrapes the Prometheus endpoint on the management port, as a Prometheus server would. */
public final class Metrics {

    private Metrics() {}

    /** The management port the running test application listens on. */
    public static int managementPort() {
        return ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
    }

    public static String scrape() {
        return RestAssured.given()
                .port(managementPort())
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    /**
     * The value of one sample, {@code series} being its name and labels as exposed, e.g.
     * {@code reviewflow_complaints{status="new"}}; 0 when the series is not there yet.
     */
    public static double value(String series) {
        Matcher sample =
                Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(scrape());
        return sample.find() ? Double.parseDouble(sample.group(1)) : 0;
    }
}
