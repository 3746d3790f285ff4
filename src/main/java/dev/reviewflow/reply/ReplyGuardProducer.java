package dev.reviewflow.reply;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.runtime.Startup;

import dev.reviewflow.reply.guard.ReplyGuard;

/**
 * The one reply guard of the service, built at start: a phrase file with a mistake stops the
 * start instead of the first reply. The guard itself is plain Java, which its tests build alone.
 */
@ApplicationScoped
class ReplyGuardProducer {

    @Produces
    @Singleton
    @Startup
    ReplyGuard replyGuard() {
        return ReplyGuard.fromClasspath();
    }
}
