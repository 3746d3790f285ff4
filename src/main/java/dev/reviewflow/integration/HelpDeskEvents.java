package dev.reviewflow.integration;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import dev.reviewflow.common.error.ValidationException;
import dev.reviewflow.common.json.JsonEnums;
import dev.reviewflow.common.validation.ValidTextValidator;
import dev.reviewflow.complaint.ComplaintFields;
import dev.reviewflow.complaint.Outcome;
import dev.reviewflow.complaint.TicketSystem;

/**
 * Reads the published payloads of each help-desk into what they ask of a complaint. Anything a
 * payload does not say is left out; events reviewflow has no use for are ignored, not refused,
 * so that help-desks do not retry them.
 */
final class HelpDeskEvents {

    static final String ZAMMAD_DELIVERY = "X-Zammad-Delivery";
    static final String CHATWOOT_DELIVERY = "X-Chatwoot-Delivery";
    static final String STANDARD_WEBHOOK_ID = "webhook-id";

    /** Zammad's states that reopen a resolved complaint; its closing ones are "closed" and those the mapping names. */
    private static final Set<String> ZAMMAD_OPEN_STATES = Set.of("new", "open");

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern LINE_BREAK_TAG = Pattern.compile("(?i)<br\\s*/?>|</p>|</div>|</li>");

    private HelpDeskEvents() {}

    static HelpDeskEvent read(
            HelpDesk system, JsonNode body, Map<String, List<String>> headers, Map<String, String> outcomeMapping) {
        if (!body.isObject()) {
            throw ValidationException.of("body", "must be a JSON object");
        }
        return switch (system) {
            case ZAMMAD -> zammad(body, headers, outcomeMapping);
            case CHATWOOT -> chatwoot(body, headers, outcomeMapping);
            case GENERIC -> generic(body, headers, outcomeMapping);
        };
    }

    /**
     * Zammad's trigger webhook: {@code {"ticket": {...}, "article": {...}}}, the ticket with its
     * state by name, the article of the update (if any) with {@code internal} and its sender by
     * name (Agent, Customer, System). An article is one event however many triggers send it.
     */
    private static HelpDeskEvent zammad(
            JsonNode body, Map<String, List<String>> headers, Map<String, String> outcomeMapping) {
        JsonNode ticket = body.path("ticket");
        JsonNode article = body.path("article");
        String ticketId = text(ticket.path("id"));
        String articleId = text(article.path("id"));
        String delivery = header(headers, ZAMMAD_DELIVERY);
        String key = articleId != null
                ? "article:" + articleId
                : delivery != null
                        ? "delivery:" + delivery
                        : "ticket:" + ticketId + ":" + text(ticket.path("updated_at"));
        if (ticketId == null) {
            return HelpDeskEvent.ignored(key, TicketSystem.ZAMMAD, null, "The event names no ticket.");
        }
        HelpDeskEvent.AgentComment comment = null;
        String ignored = "Neither a public agent article nor a closed or reopened ticket.";
        if (articleId != null) {
            boolean internal = article.path("internal").asBoolean(false);
            boolean byAgent = "agent".equalsIgnoreCase(text(article.path("sender")));
            if (internal) {
                ignored = "Internal notes stay in the help-desk.";
            } else if (byAgent) {
                comment = comment(
                        "text/html".equalsIgnoreCase(text(article.path("content_type")))
                                ? plainText(text(article.path("body")))
                                : text(article.path("body")),
                        zammadAuthor(article));
            }
        }
        String state = stateName(ticket.path("state"));
        HelpDeskEvent.TicketChange change = null;
        if (state != null) {
            String lower = state.toLowerCase(Locale.ROOT);
            if (lower.equals("closed") || outcomeMapping.containsKey(state)) {
                change = new HelpDeskEvent.TicketChange(true, state, outcome(outcomeMapping, state, null));
            } else if (ZAMMAD_OPEN_STATES.contains(lower)) {
                change = new HelpDeskEvent.TicketChange(false, state, null);
            }
        }
        return new HelpDeskEvent(key, TicketSystem.ZAMMAD, ticketId, comment, change, ignored);
    }

    /**
     * Chatwoot's account webhooks: {@code conversation_status_changed} carries the conversation
     * (its id and status: open, resolved, pending, snoozed); {@code message_created} the message
     * (message_type incoming or outgoing, private, content, sender, conversation.id). Chatwoot's
     * conversation is the ticket.
     */
    private static HelpDeskEvent chatwoot(
            JsonNode body, Map<String, List<String>> headers, Map<String, String> outcomeMapping) {
        String event = text(body.path("event"));
        String delivery = header(headers, CHATWOOT_DELIVERY);
        if ("message_created".equals(event)) {
            String messageId = text(body.path("id"));
            String ticketId = text(body.path("conversation").path("id"));
            String key = "message:" + messageId;
            if (messageId == null || ticketId == null) {
                return HelpDeskEvent.ignored(
                        key, TicketSystem.CHATWOOT, ticketId, "The message names no conversation.");
            }
            if (body.path("private").asBoolean(false)) {
                return HelpDeskEvent.ignored(
                        key, TicketSystem.CHATWOOT, ticketId, "Private notes stay in the help-desk.");
            }
            if (!"outgoing".equals(text(body.path("message_type")))) {
                return HelpDeskEvent.ignored(
                        key, TicketSystem.CHATWOOT, ticketId, "Only the agents' outgoing messages are replies.");
            }
            HelpDeskEvent.AgentComment comment =
                    comment(text(body.path("content")), text(body.path("sender").path("name")));
            return new HelpDeskEvent(key, TicketSystem.CHATWOOT, ticketId, comment, null, "The message is empty.");
        }
        if ("conversation_status_changed".equals(event)) {
            String ticketId = text(body.path("id"));
            String status = text(body.path("status"));
            String key = delivery != null
                    ? "delivery:" + delivery
                    : "status:" + ticketId + ":" + status + ":" + text(body.path("updated_at"));
            HelpDeskEvent.TicketChange change = null;
            if ("resolved".equals(status)) {
                change = new HelpDeskEvent.TicketChange(true, status, outcome(outcomeMapping, status, null));
            } else if ("open".equals(status)) {
                change = new HelpDeskEvent.TicketChange(false, status, null);
            }
            return new HelpDeskEvent(
                    key, TicketSystem.CHATWOOT, ticketId, null, change, "Status " + status + " changes nothing here.");
        }
        return HelpDeskEvent.ignored(
                delivery == null ? "event:" + event : "delivery:" + delivery,
                TicketSystem.CHATWOOT,
                null,
                "Event " + event + " is not one reviewflow acts on.");
    }

    /** The documented generic format (README "Help-desk integration (inbound)"). */
    private static HelpDeskEvent generic(
            JsonNode body, Map<String, List<String>> headers, Map<String, String> outcomeMapping) {
        String key = "webhook:" + header(headers, STANDARD_WEBHOOK_ID);
        String type = required(body, "type");
        String ticketId = required(body, "ticketId");
        String system = text(body.path("ticketSystem"));
        TicketSystem ticketSystem = system == null
                ? TicketSystem.OTHER
                : JsonEnums.parse(TicketSystem.class, system)
                        .orElseThrow(() -> ValidationException.of(
                                "ticketSystem", "must be one of " + JsonEnums.wireNames(TicketSystem.class)));
        return switch (type) {
            case "ticket.solved", "ticket.closed" -> {
                Outcome given = text(body.path("outcome")) == null
                        ? null
                        : JsonEnums.parse(Outcome.class, text(body.path("outcome")))
                                .orElseThrow(() -> ValidationException.of(
                                        "outcome", "must be one of " + JsonEnums.wireNames(Outcome.class)));
                yield new HelpDeskEvent(
                        key,
                        ticketSystem,
                        ticketId,
                        null,
                        new HelpDeskEvent.TicketChange(true, type, outcome(outcomeMapping, type, given)),
                        null);
            }
            case "ticket.reopened" ->
                new HelpDeskEvent(
                        key, ticketSystem, ticketId, null, new HelpDeskEvent.TicketChange(false, type, null), null);
            case "comment.public" -> {
                JsonNode comment = body.path("comment");
                String text = text(comment.path("body"));
                if (text == null || text.isBlank()) {
                    throw ValidationException.of("comment.body", "must not be blank");
                }
                yield new HelpDeskEvent(
                        key, ticketSystem, ticketId, comment(text, text(comment.path("author"))), null, null);
            }
            default ->
                throw ValidationException.of(
                        "type", "must be ticket.solved, ticket.closed, ticket.reopened or comment.public");
        };
    }

    /** An agent's comment; its author cut to what a reply's author may hold. */
    private static HelpDeskEvent.AgentComment comment(String body, String author) {
        if (body == null || body.isBlank()) {
            return null;
        }
        String text = body.strip();
        if (!ValidTextValidator.isStorable(text) || (author != null && !ValidTextValidator.isStorable(author))) {
            throw ValidationException.of("comment", "holds a NUL or an unpaired surrogate");
        }
        if (text.codePointCount(0, text.length()) > ComplaintFields.REPLY_MAX) {
            throw ValidationException.of(
                    "comment", "is longer than a reply may be (" + ComplaintFields.REPLY_MAX + " characters)");
        }
        String name = author == null || author.isBlank() ? null : author.strip();
        if (name != null && name.codePointCount(0, name.length()) > ComplaintFields.REPLY_AUTHOR_MAX) {
            name = name.substring(0, name.offsetByCodePoints(0, ComplaintFields.REPLY_AUTHOR_MAX));
        }
        return new HelpDeskEvent.AgentComment(text, name);
    }

    /** The outcome: the event's own, else the mapping's for the state, else explained. */
    private static Outcome outcome(Map<String, String> mapping, String state, Outcome given) {
        if (given != null) {
            return given;
        }
        return Optional.ofNullable(mapping.get(state))
                .flatMap(name -> JsonEnums.parse(Outcome.class, name))
                .orElse(Outcome.EXPLAINED);
    }

    private static String zammadAuthor(JsonNode article) {
        JsonNode by = article.path("created_by");
        String name = String.join(" ", nonBlank(text(by.path("firstname"))), nonBlank(text(by.path("lastname"))))
                .strip();
        return name.isEmpty() ? text(article.path("from")) : name;
    }

    /** Zammad states arrive by name ("closed"), in older payloads as an object with a name. */
    private static String stateName(JsonNode state) {
        return state.isObject() ? text(state.path("name")) : text(state);
    }

    /** The text of an HTML article: line breaks kept, tags dropped, the common entities read. */
    static String plainText(String html) {
        if (html == null) {
            return null;
        }
        String text = TAG.matcher(LINE_BREAK_TAG.matcher(html).replaceAll("\n")).replaceAll("");
        return text.replace("&nbsp;", " ")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&")
                .replaceAll("\n{3,}", "\n\n")
                .strip();
    }

    private static String required(JsonNode body, String field) {
        String value = text(body.path(field));
        if (value == null || value.isBlank()) {
            throw ValidationException.of(field, "must not be blank");
        }
        return value;
    }

    /** A string or number member as text; null when absent, null or of another type. */
    private static String text(JsonNode node) {
        return node.isTextual() || node.isNumber() ? node.asText() : null;
    }

    private static String nonBlank(String value) {
        return value == null ? "" : value;
    }

    private static String header(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                .flatMap(entry -> entry.getValue().stream())
                .findFirst()
                .orElse(null);
    }
}
