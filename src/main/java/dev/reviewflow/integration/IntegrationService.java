package dev.reviewflow.integration;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.UriBuilder;

import dev.reviewflow.common.error.NotFoundException;
import dev.reviewflow.common.error.RuleViolationException;
import dev.reviewflow.common.json.JsonEnums;
import dev.reviewflow.complaint.Outcome;
import dev.reviewflow.integration.api.IntegrationSettings;
import dev.reviewflow.integration.api.IntegrationView;
import dev.reviewflow.security.Caller;

/** A workspace's help-desk integrations: settings, and the secret each help-desk signs with. */
@ApplicationScoped
public class IntegrationService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int SECRET_BYTES = 32;

    private final Caller caller;
    private final Clock clock;

    IntegrationService(Caller caller, Clock clock) {
        this.caller = caller;
        this.clock = clock;
    }

    /** A new or changed integration, and whether it was new. */
    public record Saved(IntegrationView integration, boolean created) {}

    public List<IntegrationView> list(URI baseUri) {
        return Integration.all().stream()
                .map(integration -> view(integration, baseUri, null))
                .toList();
    }

    /**
     * Creates the integration, with a secret made here unless Chatwoot made one (shown in this
     * answer only), or changes its settings.
     */
    @Transactional
    public Saved save(HelpDesk system, IntegrationSettings settings, URI baseUri) {
        if (settings.secret() != null && system != HelpDesk.CHATWOOT) {
            throw new RuleViolationException(
                    "secret", "Only Chatwoot makes its own secret: reviewflow makes the " + wire(system) + " one.");
        }
        Integration integration = Integration.of(system).orElse(null);
        boolean created = integration == null;
        String shownSecret = null;
        if (created) {
            integration = new Integration();
            integration.id = UUID.randomUUID();
            integration.system = system;
            integration.createdAt = clock.instant();
            integration.secret = settings.secret() != null ? settings.secret() : newSecret(system);
            shownSecret = settings.secret() != null ? null : integration.secret;
        } else if (settings.secret() != null) {
            integration.secret = settings.secret();
        }
        integration.active = settings.active();
        if (settings.outcomeMapping() != null) {
            integration.outcomeMapping = settings.outcomeMapping().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, entry -> JsonEnums.wireName(entry.getValue())));
        }
        integration.updatedAt = clock.instant();
        if (created) {
            integration.persist();
        }
        return new Saved(view(integration, baseUri, shownSecret), created);
    }

    /** Replaces the secret at once: the help-desk must be given the new one (shown in this answer only). */
    @Transactional
    public IntegrationView rotateSecret(HelpDesk system, URI baseUri) {
        Integration integration =
                Integration.of(system).orElseThrow(() -> new NotFoundException("integration", wire(system)));
        integration.secret = newSecret(system);
        integration.updatedAt = clock.instant();
        return view(integration, baseUri, integration.secret);
    }

    /** Standard Webhooks secrets are "whsec_" and base64; Zammad and Chatwoot take any text. */
    private static String newSecret(HelpDesk system) {
        byte[] bytes = new byte[SECRET_BYTES];
        RANDOM.nextBytes(bytes);
        return system == HelpDesk.GENERIC
                ? "whsec_" + Base64.getEncoder().encodeToString(bytes)
                : Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private IntegrationView view(Integration integration, URI baseUri, String shownSecret) {
        Map<String, Outcome> mapping = new TreeMap<>();
        new HashMap<>(integration.outcomeMapping).forEach((state, outcome) -> JsonEnums.parse(Outcome.class, outcome)
                .ifPresent(parsed -> mapping.put(state, parsed)));
        String eventsUrl = UriBuilder.fromUri(baseUri)
                .path("v1/integrations")
                .path(wire(integration.system))
                .path("events")
                .queryParam("workspace", caller.workspace())
                .build()
                .toString();
        return new IntegrationView(
                integration.system,
                integration.active,
                mapping,
                eventsUrl,
                shownSecret,
                integration.createdAt,
                integration.updatedAt);
    }

    static String wire(HelpDesk system) {
        return JsonEnums.wireName(system);
    }
}
