package dev.reviewflow.reply.guard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * How the guard's time grows with the length of a reply, for long runs of every piece in
 * {@link GuardShapes} and for a realistic reply repeated: a benchmark to run by hand, not a test
 * (see README, "Reply guard"). For each shape it times the check at 1,250 and at 10,000 chars and
 * prints the growth: 8 means linear, 64 quadratic. The worst shapes come last.
 *
 * <p>Run: {@code bench/reply-guard.sh}
 */
public final class GuardBenchmark {

    private static final int SHORT = GuardShapes.BODY_LIMIT / 8;
    private static final int LONG = GuardShapes.BODY_LIMIT;
    private static final int RUNS = 15;
    private static final int MIXES = 300;
    private static final long MIX_SEED = 20261129L;
    private static final String REALISTIC = "We're sorry about the double charge, Ani! Please send us your account"
            + " number by direct message, not here in the comments; call +1 555 0100 or write to"
            + " support@pizza.example. Card 4111 1111 1111 1111? Never share it. Vă rugăm să ne scrieți. ";

    private record Result(String shape, double shortMicros, double longMicros) {

        double growth() {
            return longMicros / shortMicros;
        }
    }

    private GuardBenchmark() {}

    public static void main(String[] args) {
        ReplyGuard guard = ReplyGuard.fromClasspath();
        GuardContext context = new GuardContext(
                280, "Ani Petrosyan", List.of("ani@example.com"), List.of("support@pizza.example", "+1 555 0100"));
        List<String> shapes = new ArrayList<>(GuardShapes.PIECES);
        shapes.add(REALISTIC);
        // Warm up the JIT on every shape before measuring any.
        for (int round = 0; round < 3; round++) {
            for (String shape : shapes) {
                guard.check(GuardShapes.repeated(shape, LONG), context);
            }
        }
        List<Result> results = new ArrayList<>();
        for (String shape : shapes) {
            results.add(new Result(
                    shape,
                    micros(guard, GuardShapes.repeated(shape, SHORT), context),
                    micros(guard, GuardShapes.repeated(shape, LONG), context)));
        }
        results.add(slowestRandomMix(guard, context));
        results.sort(Comparator.comparingDouble(Result::longMicros));
        System.out.printf(
                Locale.ROOT, "%-32s %12s %12s %8s%n", "shape (repeated)", "1,250 chars", "10,000 chars", "growth");
        for (Result result : results) {
            System.out.printf(
                    Locale.ROOT,
                    "%-32s %10.0f µs %10.0f µs %8.1f%n",
                    printable(result.shape()),
                    result.shortMicros(),
                    result.longMicros(),
                    result.growth());
        }
        Result slowest = results.getLast();
        Result steepest =
                results.stream().max(Comparator.comparingDouble(Result::growth)).orElseThrow();
        System.out.printf(
                Locale.ROOT,
                "worst time: %s at %.1f ms for 10,000 chars; steepest growth: %s at %.1fx for 8x the length%n",
                printable(slowest.shape()),
                slowest.longMicros() / 1000,
                printable(steepest.shape()),
                steepest.growth());
    }

    /**
     * The slowest of many random mixes of the pieces at the body limit, as the property tests
     * make them, timed again with its first eighth for the growth.
     */
    private static Result slowestRandomMix(ReplyGuard guard, GuardContext context) {
        Random random = new Random(MIX_SEED);
        String slowest = "";
        double slowestMicros = 0;
        for (int i = 0; i < MIXES; i++) {
            StringBuilder mix = new StringBuilder();
            while (mix.length() < LONG - 20) {
                mix.append(GuardShapes.PIECES.get(random.nextInt(GuardShapes.PIECES.size())));
            }
            double micros = micros(guard, mix.toString(), context, 3);
            if (micros > slowestMicros) {
                slowest = mix.toString();
                slowestMicros = micros;
            }
        }
        String prefix = slowest.substring(0, slowest.offsetByCodePoints(0, slowest.codePointCount(0, LONG / 8)));
        return new Result(
                "random mix, slowest of " + MIXES,
                micros(guard, prefix, context, RUNS),
                micros(guard, slowest, context, RUNS));
    }

    /** The median of several timed checks, in microseconds. */
    private static double micros(ReplyGuard guard, String text, GuardContext context) {
        return micros(guard, text, context, RUNS);
    }

    private static double micros(ReplyGuard guard, String text, GuardContext context, int runs) {
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            guard.check(text, context);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos[runs / 2] / 1000.0;
    }

    private static String printable(String shape) {
        if (shape.startsWith("random mix")) {
            return shape;
        }
        String escaped = shape.replace("\n", "\\n").replace("\u200D", "<ZWJ>").replace("\uFE0F", "<VS16>");
        return "\"" + (escaped.length() > 20 ? escaped.substring(0, 17) + "..." : escaped) + "\"";
    }
}
