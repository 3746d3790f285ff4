package dev.reviewflow.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import dev.reviewflow.support.Api;

import static dev.reviewflow.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SLA policy API and the due times and clocks it gives complaints, through the HTTP API. */
@QuarkusTest
class SlaPolicyTest {

    private static final String REPLY =
            "We are sorry to hear this. Please send us a direct message so we can make it right.";

    /** A new workspace and its key with every scope. */
    private record Tenant(String workspace, String key) {
        static Tenant create() {
            String workspace = Api.newWorkspace();
            return new Tenant(workspace, Api.newKey(workspace, Api.ALL_SCOPES));
        }

        ValidatableResponse putPolicy(Map<String, Object> policy) {
            return as(key).contentType(ContentType.JSON)
                    .body(policy)
                    .put("/v1/workspaces/" + workspace + "/sla-policy")
                    .then();
        }

        ValidatableResponse ingest(Map<String, Object> overrides) {
            return as(key).contentType(ContentType.JSON)
                    .body(Api.complaint(overrides))
                    .post("/v1/complaints")
                    .then()
                    .statusCode(201);
        }

        ValidatableResponse act(String id, String action, Map<String, Object> body) {
            return as(key).contentType(ContentType.JSON)
                    .body(body)
                    .post("/v1/complaints/" + id + "/" + action)
                    .then()
                    .statusCode(200);
        }
    }

    private static Map<String, Object> aroundTheClock(Map<String, Object> targets) {
        Map<String, Object> policy = new HashMap<>();
        policy.put("targets", targets);
        policy.put("calendar", Map.of("aroundTheClock", true));
        return policy;
    }

    private static Instant instant(ValidatableResponse response, String path) {
        return Instant.parse(response.extract().path(path));
    }

    @Test
    void aNewWorkspaceHasTheDefaultPolicy() {
        Tenant tenant = Tenant.create();
        as(tenant.key())
                .get("/v1/workspaces/" + tenant.workspace() + "/sla-policy")
                .then()
                .statusCode(200)
                .body("targets.acknowledgement", equalTo("PT1H"))
                .body("targets.privateContact", nullValue())
                .body("targets.resolution", nullValue())
                .body("calendar.aroundTheClock", equalTo(true))
                .body("effectiveFrom", nullValue())
                .body("appliesTo", startsWith("complaints received while no policy is set"));
    }

    @Test
    void theDefaultPolicyDuesTheAcknowledgementAnHourAfterReceipt() {
        ValidatableResponse created = Api.ingest(Api.complaint(Map.of())).statusCode(201);
        Instant received = instant(created, "receivedAt");
        assertEquals(received.plus(Duration.ofHours(1)), instant(created, "sla.acknowledgement.dueAt"));
        created.body("sla.acknowledgement.status", equalTo("running"))
                .body("sla.acknowledgement.reachedAt", nullValue())
                .body("sla.privateContact", nullValue())
                .body("sla.resolution", nullValue());
    }

    @Test
    void anAcknowledgementBeforeTheDueTimeMeetsTheClock() {
        String id = Api.newComplaint();
        ValidatableResponse acknowledged = Api.acknowledge(id).statusCode(200);
        String acknowledgedAt = acknowledged.extract().path("acknowledgedAt");
        Api.given()
                .get("/v1/complaints/" + id)
                .then()
                .body("sla.acknowledgement.status", equalTo("met"))
                .body("sla.acknowledgement.reachedAt", equalTo(acknowledgedAt));
    }

    @Test
    void aPolicyChangeAppliesToComplaintsReceivedAfterIt() {
        Tenant tenant = Tenant.create();
        String before = tenant.ingest(Map.of()).extract().path("id");

        ValidatableResponse put = tenant.putPolicy(
                        aroundTheClock(Map.of("acknowledgement", "PT2H", "resolution", "P1D")))
                .statusCode(200)
                .body("targets.acknowledgement", equalTo("PT2H"))
                .body("appliesTo", startsWith("complaints received from "));
        assertEquals(
                "complaints received from " + put.extract().path("effectiveFrom"),
                put.extract().path("appliesTo"));
        as(tenant.key())
                .get("/v1/workspaces/" + tenant.workspace() + "/sla-policy")
                .then()
                .body("targets.resolution", equalTo("P1D"))
                .body("effectiveFrom", equalTo(put.extract().path("effectiveFrom")));

        ValidatableResponse after = tenant.ingest(Map.of());
        Instant received = instant(after, "receivedAt");
        assertEquals(received.plus(Duration.ofHours(2)), instant(after, "sla.acknowledgement.dueAt"));
        assertEquals(received.plus(Duration.ofDays(1)), instant(after, "sla.resolution.dueAt"));

        ValidatableResponse old =
                as(tenant.key()).get("/v1/complaints/" + before).then();
        assertEquals(instant(old, "receivedAt").plus(Duration.ofHours(1)), instant(old, "sla.acknowledgement.dueAt"));
        old.body("sla.resolution", nullValue());
    }

    @Test
    void dueTimesCountInTheCalendarsOpenHours() {
        Tenant tenant = Tenant.create();
        List<Map<String, Object>> weeklyHours = new ArrayList<>();
        for (String day : List.of("monday", "tuesday", "wednesday", "thursday", "friday")) {
            weeklyHours.add(Map.of("day", day, "from", "09:00", "to", "17:00"));
        }
        Map<String, Object> policy = new HashMap<>();
        policy.put("targets", Map.of("acknowledgement", "PT2H"));
        policy.put(
                "calendar",
                Map.of(
                        "aroundTheClock",
                        false,
                        "timeZone",
                        "Europe/Bucharest",
                        "weeklyHours",
                        weeklyHours,
                        "holidays",
                        List.of("2026-12-25", "2026-12-24")));
        tenant.putPolicy(policy)
                .statusCode(200)
                .body("calendar.timeZone", equalTo("Europe/Bucharest"))
                .body("calendar.holidays", equalTo(List.of("2026-12-24", "2026-12-25")));

        ValidatableResponse created = tenant.ingest(Map.of());
        List<BusinessCalendar.OpenHours> hours = new ArrayList<>();
        for (DayOfWeek day : List.of(
                DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            hours.add(new BusinessCalendar.OpenHours(day, LocalTime.of(9, 0), LocalTime.of(17, 0)));
        }
        BusinessCalendar calendar = BusinessCalendar.of(
                ZoneId.of("Europe/Bucharest"),
                hours,
                Set.of(LocalDate.parse("2026-12-24"), LocalDate.parse("2026-12-25")));
        assertEquals(
                calendar.addBusinessTime(instant(created, "receivedAt"), Duration.ofHours(2)),
                instant(created, "sla.acknowledgement.dueAt"));
    }

    @Test
    void overridesByPriorityAndChannelReplaceTheTargetAndTheShorterOneCounts() {
        Tenant tenant = Tenant.create();
        Map<String, Object> policy = aroundTheClock(Map.of("acknowledgement", "PT1H"));
        policy.put(
                "priorityOverrides",
                List.of(Map.of("priority", "urgent", "targets", Map.of("acknowledgement", "PT15M"))));
        policy.put(
                "channelOverrides", List.of(Map.of("channel", "email", "targets", Map.of("acknowledgement", "PT4H"))));
        tenant.putPolicy(policy).statusCode(200);

        assertAcknowledgementTarget(tenant.ingest(Map.of("priority", "urgent")), Duration.ofMinutes(15));
        assertAcknowledgementTarget(tenant.ingest(Map.of("channel", "email", "priority", "low")), Duration.ofHours(4));
        assertAcknowledgementTarget(
                tenant.ingest(Map.of("channel", "email", "priority", "urgent")), Duration.ofMinutes(15));
        assertAcknowledgementTarget(tenant.ingest(Map.of("priority", "low")), Duration.ofHours(1));
    }

    private static void assertAcknowledgementTarget(ValidatableResponse created, Duration target) {
        assertEquals(instant(created, "receivedAt").plus(target), instant(created, "sla.acknowledgement.dueAt"));
    }

    @Test
    void thePrivateContactClockRunsFromTheAcknowledgementToTheMoveToPrivate() {
        Tenant tenant = Tenant.create();
        tenant.putPolicy(aroundTheClock(Map.of("privateContact", "PT2H"))).statusCode(200);
        String id = tenant.ingest(Map.of())
                .body("sla.privateContact", nullValue())
                .extract()
                .path("id");

        ValidatableResponse acknowledged = tenant.act(id, "acknowledge", Map.of("reply", REPLY, "author", "Maria"));
        assertEquals(
                instant(acknowledged, "acknowledgedAt").plus(Duration.ofHours(2)),
                instant(acknowledged, "sla.privateContact.dueAt"));
        acknowledged.body("sla.privateContact.status", equalTo("running"));

        tenant.act(id, "move-to-private", Map.of("channel", "email"))
                .body("sla.privateContact.status", equalTo("met"))
                .body("sla.acknowledgement", nullValue());
    }

    @Test
    void resolutionMeetsTheClockAndReopeningStartsANewOne() {
        Tenant tenant = Tenant.create();
        tenant.putPolicy(aroundTheClock(Map.of("acknowledgement", "PT1H", "resolution", "P2D")))
                .statusCode(200);
        String id = tenant.ingest(Map.of()).extract().path("id");
        tenant.act(id, "acknowledge", Map.of("reply", REPLY, "author", "Maria"));
        tenant.act(id, "resolve", Map.of("outcome", "explained", "summary", "Explained the delay."))
                .body("sla.resolution.status", equalTo("met"))
                .body("sla.acknowledgement.status", equalTo("met"));

        Instant before = Instant.now();
        ValidatableResponse reopened = tenant.act(id, "reopen", Map.of("reason", "The customer wrote again."));
        Instant after = Instant.now();
        reopened.body("sla.resolution.status", equalTo("running")).body("sla.resolution.reachedAt", nullValue());
        Instant started = instant(reopened, "sla.resolution.dueAt").minus(Duration.ofDays(2));
        assertTrue(
                !started.isBefore(before) && !started.isAfter(after),
                "the new clock starts at the reopening, not at " + started);
    }

    @Test
    void invalidPoliciesAreRefusedNamingTheField() {
        Tenant tenant = Tenant.create();
        tenant.putPolicy(aroundTheClock(Map.of("acknowledgement", "one hour")))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("targets.acknowledgement"));
        tenant.putPolicy(aroundTheClock(Map.of("resolution", "-PT1H")))
                .statusCode(422)
                .body("errors.field", hasItem("targets.resolution"));

        Map<String, Object> badZone = new HashMap<>();
        badZone.put("targets", Map.of("acknowledgement", "PT1H"));
        badZone.put(
                "calendar",
                Map.of(
                        "aroundTheClock",
                        false,
                        "timeZone",
                        "Europe/Atlantis",
                        "weeklyHours",
                        List.of(Map.of("day", "monday", "from", "09:00", "to", "17:00"))));
        tenant.putPolicy(badZone).statusCode(422).body("errors.field", hasItem("calendar.timeZone"));

        Map<String, Object> emptyWeek = new HashMap<>();
        emptyWeek.put("targets", Map.of("acknowledgement", "PT1H"));
        emptyWeek.put(
                "calendar", Map.of("aroundTheClock", false, "timeZone", "Europe/Bucharest", "weeklyHours", List.of()));
        tenant.putPolicy(emptyWeek).statusCode(422).body("errors.field", hasItem("calendar.weeklyHours"));

        Map<String, Object> badHours = new HashMap<>();
        badHours.put("targets", Map.of("acknowledgement", "PT1H"));
        badHours.put(
                "calendar",
                Map.of(
                        "aroundTheClock",
                        false,
                        "timeZone",
                        "Europe/Bucharest",
                        "weeklyHours",
                        List.of(
                                Map.of("day", "funday", "from", "09:00", "to", "17:00"),
                                Map.of("day", "monday", "from", "17:00", "to", "09:00"),
                                Map.of("day", "tuesday", "from", "9", "to", "24:00")),
                        "holidays",
                        List.of("25 December")));
        tenant.putPolicy(badHours)
                .statusCode(422)
                .body("errors.field", hasItem("calendar.weeklyHours[0].day"))
                .body("errors.field", hasItem("calendar.weeklyHours[1].to"))
                .body("errors.field", hasItem("calendar.weeklyHours[2].from"))
                .body("errors.field", hasItem("calendar.holidays[0]"));

        Map<String, Object> twice = aroundTheClock(Map.of("acknowledgement", "PT1H"));
        twice.put(
                "priorityOverrides",
                List.of(
                        Map.of("priority", "urgent", "targets", Map.of("acknowledgement", "PT10M")),
                        Map.of("priority", "urgent", "targets", Map.of("acknowledgement", "bad"))));
        tenant.putPolicy(twice)
                .statusCode(422)
                .body("errors.field", hasItem("priorityOverrides[1].priority"))
                .body("errors.field", hasItem("priorityOverrides[1].targets.acknowledgement"));

        tenant.putPolicy(Map.of("targets", Map.of())).statusCode(422).body("errors.field", hasItem("calendar"));

        // Nothing of it was stored.
        as(tenant.key())
                .get("/v1/workspaces/" + tenant.workspace() + "/sla-policy")
                .then()
                .body("effectiveFrom", nullValue());
    }

    @Test
    void anotherWorkspacesPolicyIsNotFound() {
        Tenant mine = Tenant.create();
        Tenant theirs = Tenant.create();
        as(mine.key())
                .get("/v1/workspaces/" + theirs.workspace() + "/sla-policy")
                .then()
                .statusCode(404);
        as(mine.key())
                .contentType(ContentType.JSON)
                .body(aroundTheClock(Map.of("acknowledgement", "PT5M")))
                .put("/v1/workspaces/" + theirs.workspace() + "/sla-policy")
                .then()
                .statusCode(404);
        as(Api.bootstrapKey())
                .contentType(ContentType.JSON)
                .body(aroundTheClock(Map.of("acknowledgement", "PT5M")))
                .put("/v1/workspaces/" + theirs.workspace() + "/sla-policy")
                .then()
                .statusCode(200);
        assertAcknowledgementTarget(theirs.ingest(Map.of()), Duration.ofMinutes(5));
    }
}
