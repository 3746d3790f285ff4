package dev.reviewflow.reply;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;

import dev.reviewflow.common.json.JsonEnums;
import dev.reviewflow.reply.guard.FindingCode;
import dev.reviewflow.reply.guard.Severity;

/**
 * Counts the public replies the guard refused, once per refusing finding code of each refused
 * reply. Every code that can refuse has its counter from the start, so a rate is defined at zero.
 */
@Startup
@ApplicationScoped
public class ReplyRefusals {

    private final Map<String, Counter> byCode;

    ReplyRefusals(MeterRegistry registry) {
        this.byCode = Arrays.stream(FindingCode.values())
                .filter(code -> code.severity() == Severity.REJECT)
                .map(JsonEnums::wireName)
                .collect(Collectors.toUnmodifiableMap(
                        Function.identity(), code -> Counter.builder("reviewflow.reply.refusals")
                                .description("Public replies refused by the reply guard, by refusing finding code.")
                                .tag("code", code)
                                .register(registry)));
    }

    void increment(String code) {
        byCode.get(code).increment();
    }
}
