package dev.reviewflow.insight;

import java.util.Map;
import java.util.NavigableMap;

/**
 * Durations in logarithmic buckets, as the daily rollup keeps them (see {@link InsightRollup}):
 * bucket {@code b} holds the durations {@code s} (seconds) with {@code ln(1 + s) / ln(BASE)} in
 * {@code [b, b + 1)}, and stands for the middle of that range on the log scale, which is within 1 %
 * of every duration in it (or within a second, for durations under a minute and a half). A year of
 * durations up to 400 days needs fewer than 900 buckets.
 */
final class DurationBuckets {

    static final double BASE = 1.02;

    /** The bucket of a duration in PostgreSQL, for a timestamp {@code at} after {@code received_at}. */
    static String sqlBucket(String at) {
        return "floor(ln(1 + greatest(0, extract(epoch from " + at + " - received_at)::float8)) / ln(" + BASE
                + "))::smallint";
    }

    /** The bucket of a duration in seconds: what {@link #sqlBucket} computes in the database. */
    static int bucket(double seconds) {
        return (int) Math.floor(Math.log1p(Math.max(0, seconds)) / Math.log(BASE));
    }

    /** The duration, in seconds, that a bucket stands for. */
    static double representative(int bucket) {
        return Math.expm1((bucket + 0.5) * Math.log(BASE));
    }

    /**
     * The percentile as PostgreSQL's {@code percentile_cont} interpolates it (between the values at
     * ranks {@code floor(p (n - 1))} and the next), each value taken as its bucket's representative;
     * null when the histogram is empty.
     *
     * @param histogram the count of durations per bucket
     */
    static Double percentile(NavigableMap<Integer, Long> histogram, double p) {
        long n = histogram.values().stream().mapToLong(Long::longValue).sum();
        if (n == 0) {
            return null;
        }
        double rank = p * (n - 1);
        long lower = (long) Math.floor(rank);
        double below = valueAt(histogram, lower);
        double above = lower + 1 < n ? valueAt(histogram, lower + 1) : below;
        return below + (rank - lower) * (above - below);
    }

    /** The representative of the duration at a 0-based rank in ascending order. */
    private static double valueAt(NavigableMap<Integer, Long> histogram, long rank) {
        long seen = 0;
        for (Map.Entry<Integer, Long> bucket : histogram.entrySet()) {
            seen += bucket.getValue();
            if (rank < seen) {
                return representative(bucket.getKey());
            }
        }
        throw new IllegalArgumentException("rank " + rank + " is beyond the histogram's " + seen + " durations");
    }

    private DurationBuckets() {}
}
