package dev.reviewflow.complaint;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.reviewflow.common.json.JsonEnums;

/**
 * The workflow's rules, and the only place they are written down:
 *
 * <pre>
 *   new ──acknowledge──▶ acknowledged ──move-to-private──▶ moved-to-private
 *                             │                                  │
 *                             └──────resolve──▶ resolved ◀──resolve┘
 *                          reopen: back to the status it was resolved from
 * </pre>
 *
 * Plain Java without framework types, so every pair of (status, action) is unit-tested directly.
 */
public final class ComplaintLifecycle {

    private static final Map<ComplaintStatus, Set<ComplaintAction>> ALLOWED = new EnumMap<>(Map.of(
            ComplaintStatus.NEW, EnumSet.of(ComplaintAction.ACKNOWLEDGE),
            ComplaintStatus.ACKNOWLEDGED, EnumSet.of(ComplaintAction.MOVE_TO_PRIVATE, ComplaintAction.RESOLVE),
            ComplaintStatus.MOVED_TO_PRIVATE, EnumSet.of(ComplaintAction.RESOLVE),
            ComplaintStatus.RESOLVED, EnumSet.of(ComplaintAction.REOPEN)));

    private ComplaintLifecycle() {}

    public static Set<ComplaintAction> allowedActions(ComplaintStatus from) {
        return Collections.unmodifiableSet(ALLOWED.get(from));
    }

    /** Refuses, with the reason, an action that is not allowed from {@code from}. */
    public static void requireAllowed(ComplaintStatus from, ComplaintAction action) {
        if (!ALLOWED.get(from).contains(action)) {
            throw new TransitionNotAllowedException(from, allowedActions(from), refusal(from, action));
        }
    }

    /**
     * The status that {@code action} leads to from {@code from}.
     *
     * @param resolvedFrom the status a resolved complaint was resolved from (where reopen returns)
     * @throws TransitionNotAllowedException when the action is not allowed from {@code from}
     */
    public static ComplaintStatus next(ComplaintStatus from, ComplaintAction action, ComplaintStatus resolvedFrom) {
        requireAllowed(from, action);
        return switch (action) {
            case ACKNOWLEDGE -> ComplaintStatus.ACKNOWLEDGED;
            case MOVE_TO_PRIVATE -> ComplaintStatus.MOVED_TO_PRIVATE;
            case RESOLVE -> ComplaintStatus.RESOLVED;
            case REOPEN -> {
                if (resolvedFrom != ComplaintStatus.ACKNOWLEDGED && resolvedFrom != ComplaintStatus.MOVED_TO_PRIVATE) {
                    throw new IllegalStateException("a resolved complaint must remember where it was resolved from");
                }
                yield resolvedFrom;
            }
        };
    }

    /**
     * The SLA clocks a new complaint starts: acknowledgement and resolution count from receipt.
     * Which step reaches each clock: {@link #stepReaching}.
     */
    public static Set<SlaClock> clocksStartedOnReceipt() {
        return EnumSet.of(SlaClock.ACKNOWLEDGEMENT, SlaClock.RESOLUTION);
    }

    /**
     * The SLA clocks a step starts: the first public answer starts the private-contact clock, and
     * reopening starts a new resolution clock (the earlier one was reached at the resolution).
     */
    public static Set<SlaClock> clocksStartedBy(ComplaintAction action) {
        return switch (action) {
            case ACKNOWLEDGE -> EnumSet.of(SlaClock.PRIVATE_CONTACT);
            case REOPEN -> EnumSet.of(SlaClock.RESOLUTION);
            case MOVE_TO_PRIVATE, RESOLVE -> EnumSet.noneOf(SlaClock.class);
        };
    }

    /** The step that reaches (stops) an SLA clock. Resolution stops every clock besides. */
    public static ComplaintAction stepReaching(SlaClock clock) {
        return switch (clock) {
            case ACKNOWLEDGEMENT -> ComplaintAction.ACKNOWLEDGE;
            case PRIVATE_CONTACT -> ComplaintAction.MOVE_TO_PRIVATE;
            case RESOLUTION -> ComplaintAction.RESOLVE;
        };
    }

    /** A public reply to a new complaint is its first answer, so it acknowledges the complaint. */
    public static Optional<ComplaintAction> actionForPublicReply(ComplaintStatus status) {
        return status == ComplaintStatus.NEW ? Optional.of(ComplaintAction.ACKNOWLEDGE) : Optional.empty();
    }

    /**
     * Private replies belong to a conversation that has moved to private (and may follow up on
     * one that was resolved there); never before the customer was answered in public.
     */
    public static void requirePrivateConversation(ComplaintStatus status, ComplaintStatus resolvedFrom) {
        boolean isPrivate = status == ComplaintStatus.MOVED_TO_PRIVATE
                || (status == ComplaintStatus.RESOLVED && resolvedFrom == ComplaintStatus.MOVED_TO_PRIVATE);
        if (!isPrivate) {
            throw new TransitionNotAllowedException(
                    status,
                    allowedActions(status),
                    "A private reply needs a private conversation: answer in public and use move-to-private first.");
        }
    }

    private static String refusal(ComplaintStatus from, ComplaintAction action) {
        if (from == ComplaintStatus.NEW) {
            return switch (action) {
                case MOVE_TO_PRIVATE ->
                    "A complaint cannot move to private before it was answered in public: acknowledge it first.";
                case RESOLVE -> "A complaint cannot be resolved before it was answered: acknowledge it first.";
                default -> generic(from, action);
            };
        }
        return generic(from, action);
    }

    private static String generic(ComplaintStatus from, ComplaintAction action) {
        return "A complaint in status " + JsonEnums.wireName(from) + " cannot " + JsonEnums.wireName(action)
                + "; allowed: "
                + allowedActions(from).stream().map(JsonEnums::wireName).toList() + ".";
    }
}
