package dev.reviewflow.insight;

import java.util.Arrays;
import java.util.NavigableMap;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DurationBucketsTest {

    @Test
    void aBucketStandsForItsDurationsWithinOnePercentOrASecond() {
        for (double seconds = 0; seconds < 400 * 86_400.0; seconds = seconds * 1.003 + 0.7) {
            double representative = DurationBuckets.representative(DurationBuckets.bucket(seconds));
            double error = Math.abs(representative - seconds);
            assertTrue(
                    error <= Math.max(0.01 * seconds, 1.0),
                    seconds + " s is in a bucket standing for " + representative + " s");
        }
        assertTrue(DurationBuckets.bucket(400 * 86_400.0) < Short.MAX_VALUE, "a smallint holds every bucket");
    }

    @Test
    void percentilesFromBucketsAreWithinOnePercentOfTheExactOnes() {
        Random random = new Random(42);
        for (int round = 0; round < 50; round++) {
            int n = 1 + random.nextInt(2_000);
            double[] durations = new double[n];
            NavigableMap<Integer, Long> histogram = new TreeMap<>();
            for (int i = 0; i < n; i++) {
                // Log-normal around 20 minutes: from seconds to days, as times to a step are.
                durations[i] = Math.exp(Math.log(1_200) + 2 * random.nextGaussian());
                histogram.merge(DurationBuckets.bucket(durations[i]), 1L, Long::sum);
            }
            Arrays.sort(durations);
            for (double p : new double[] {0.5, 0.9}) {
                double exact = percentileCont(durations, p);
                double bucketed = DurationBuckets.percentile(histogram, p);
                assertEquals(exact, bucketed, Math.max(0.01 * exact, 1.0), "p" + p + " of " + n + " durations");
            }
        }
    }

    @Test
    void anEmptyHistogramHasNoPercentile() {
        assertNull(DurationBuckets.percentile(new TreeMap<>(), 0.5));
    }

    /** PostgreSQL's percentile_cont over sorted values. */
    private static double percentileCont(double[] sorted, double p) {
        double rank = p * (sorted.length - 1);
        int lower = (int) Math.floor(rank);
        double above = lower + 1 < sorted.length ? sorted[lower + 1] : sorted[lower];
        return sorted[lower] + (rank - lower) * (above - sorted[lower]);
    }
}
