package dev.reviewflow.complaint;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ComplaintLifecycleTest {

    /** The whole workflow, written out independently of the implementation: every allowed move. */
    private static final Map<ComplaintStatus, Map<ComplaintAction, ComplaintStatus>> EXPECTED = Map.of(
            ComplaintStatus.NEW, Map.of(ComplaintAction.ACKNOWLEDGE, ComplaintStatus.ACKNOWLEDGED),
            ComplaintStatus.ACKNOWLEDGED,
                    Map.of(
                            ComplaintAction.MOVE_TO_PRIVATE, ComplaintStatus.MOVED_TO_PRIVATE,
                            ComplaintAction.RESOLVE, ComplaintStatus.RESOLVED),
            ComplaintStatus.MOVED_TO_PRIVATE, Map.of(ComplaintAction.RESOLVE, ComplaintStatus.RESOLVED),
            ComplaintStatus.RESOLVED, Map.of());

    static Stream<Arguments> everyPair() {
        return Stream.of(ComplaintStatus.values())
                .flatMap(from -> Stream.of(ComplaintAction.values()).map(action -> Arguments.of(from, action)));
    }

    @ParameterizedTest(name = "{0} --{1}-->")
    @MethodSource("everyPair")
    void everyStatusActionPairIsEitherTheDocumentedMoveOrRefused(ComplaintStatus from, ComplaintAction action) {
        if (from == ComplaintStatus.RESOLVED) {
            return; // reopen depends on where the complaint was resolved from: tested below
        }
        ComplaintStatus expected = EXPECTED.get(from).get(action);
        if (expected != null) {
            assertEquals(expected, ComplaintLifecycle.next(from, action, null));
            assertTrue(ComplaintLifecycle.allowedActions(from).contains(action));
        } else {
            TransitionNotAllowedException refused = assertThrows(
                    TransitionNotAllowedException.class, () -> ComplaintLifecycle.next(from, action, null));
            assertEquals(from, refused.current());
            assertEquals(EXPECTED.get(from).keySet(), refused.allowed());
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = ComplaintStatus.class,
            names = {"ACKNOWLEDGED", "MOVED_TO_PRIVATE"})
    void reopenReturnsToTheStatusTheComplaintWasResolvedFrom(ComplaintStatus resolvedFrom) {
        assertEquals(
                resolvedFrom, ComplaintLifecycle.next(ComplaintStatus.RESOLVED, ComplaintAction.REOPEN, resolvedFrom));
    }

    @ParameterizedTest
    @EnumSource(
            value = ComplaintAction.class,
            names = {"ACKNOWLEDGE", "MOVE_TO_PRIVATE", "RESOLVE"})
    void aResolvedComplaintCanOnlyBeReopened(ComplaintAction action) {
        TransitionNotAllowedException refused = assertThrows(
                TransitionNotAllowedException.class,
                () -> ComplaintLifecycle.next(ComplaintStatus.RESOLVED, action, ComplaintStatus.ACKNOWLEDGED));
        assertEquals(Set.of(ComplaintAction.REOPEN), refused.allowed());
    }

    @Test
    void aNewComplaintCannotGoPrivateOrBeResolvedAndTheRefusalSaysWhy() {
        String privateRefusal = assertThrows(
                        TransitionNotAllowedException.class,
                        () -> ComplaintLifecycle.next(ComplaintStatus.NEW, ComplaintAction.MOVE_TO_PRIVATE, null))
                .getMessage();
        String resolveRefusal = assertThrows(
                        TransitionNotAllowedException.class,
                        () -> ComplaintLifecycle.next(ComplaintStatus.NEW, ComplaintAction.RESOLVE, null))
                .getMessage();
        assertTrue(privateRefusal.contains("answered in public"), privateRefusal);
        assertTrue(resolveRefusal.contains("acknowledge it first"), resolveRefusal);
    }

    @Test
    void onlyTheFirstPublicReplyAcknowledges() {
        assertEquals(
                Optional.of(ComplaintAction.ACKNOWLEDGE), ComplaintLifecycle.actionForPublicReply(ComplaintStatus.NEW));
        for (ComplaintStatus status : ComplaintStatus.values()) {
            if (status != ComplaintStatus.NEW) {
                assertEquals(Optional.empty(), ComplaintLifecycle.actionForPublicReply(status), status.name());
            }
        }
    }

    @Test
    void privateRepliesNeedAPrivateConversation() {
        ComplaintLifecycle.requirePrivateConversation(ComplaintStatus.MOVED_TO_PRIVATE, null);
        ComplaintLifecycle.requirePrivateConversation(ComplaintStatus.RESOLVED, ComplaintStatus.MOVED_TO_PRIVATE);
        assertThrows(
                TransitionNotAllowedException.class,
                () -> ComplaintLifecycle.requirePrivateConversation(ComplaintStatus.NEW, null));
        assertThrows(
                TransitionNotAllowedException.class,
                () -> ComplaintLifecycle.requirePrivateConversation(ComplaintStatus.ACKNOWLEDGED, null));
        assertThrows(
                TransitionNotAllowedException.class,
                () -> ComplaintLifecycle.requirePrivateConversation(
                        ComplaintStatus.RESOLVED, ComplaintStatus.ACKNOWLEDGED));
    }

    @Test
    void entityApplyStampsTimesAndRemembersWhereItWasResolvedFrom() {
        Complaint complaint = new Complaint();
        java.time.Instant t = java.time.Instant.parse("2026-11-22T10:00:00Z");
        assertEquals(ComplaintStatus.NEW, complaint.apply(ComplaintAction.ACKNOWLEDGE, t));
        complaint.apply(ComplaintAction.MOVE_TO_PRIVATE, t.plusSeconds(60));
        complaint.resolutionOutcome = Outcome.COMPENSATED;
        complaint.apply(ComplaintAction.RESOLVE, t.plusSeconds(120));
        assertEquals(ComplaintStatus.MOVED_TO_PRIVATE, complaint.resolvedFrom());
        assertEquals(t.plusSeconds(120), complaint.resolvedAt);

        complaint.apply(ComplaintAction.REOPEN, t.plusSeconds(180));
        assertEquals(ComplaintStatus.MOVED_TO_PRIVATE, complaint.status());
        assertEquals(null, complaint.resolvedAt);
        assertEquals(null, complaint.resolutionOutcome);
        assertEquals(t, complaint.acknowledgedAt);
    }
}
