package dev.reviewflow.complaint;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.reviewflow.support.Api;

import static dev.reviewflow.support.Api.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each test works inside its own location (a unique branch name), so other tests' data never interferes. */
@QuarkusTest
class ListComplaintsTest {

    private static JsonPath list(String query) {
        return given().get("/v1/complaints?" + query)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void filtersCombine() {
        String branch = "branch-" + Api.uniqueId();
        String coldSaturday = Api.newComplaint(Map.of(
                "location",
                branch,
                "rating",
                1,
                "channel",
                "yelp",
                "tags",
                List.of("saturday"),
                "body",
                "Pizza was COLD on Saturday night",
                "assignee",
                "sam"));
        String lateFriday =
                Api.newComplaint(Map.of("location", branch, "rating", 2, "body", "Late delivery on Friday"));
        String praise =
                Api.newComplaint(Map.of("location", branch, "rating", 4, "body", "Good, but the café was noisy"));
        Api.acknowledge(lateFriday).statusCode(200);

        assertEquals(
                List.of(praise, lateFriday, coldSaturday),
                list("location=" + branch).getList("items.id"));
        assertEquals(
                List.of(coldSaturday),
                list("location=" + branch + "&tag=Saturday").getList("items.id"));
        assertEquals(
                List.of(coldSaturday),
                list("location=" + branch + "&channel=yelp").getList("items.id"));
        assertEquals(
                List.of(lateFriday, coldSaturday),
                list("location=" + branch + "&maxRating=2").getList("items.id"));
        assertEquals(
                List.of(lateFriday),
                list("location=" + branch + "&status=acknowledged").getList("items.id"));
        assertEquals(
                List.of(praise, coldSaturday),
                list("location=" + branch + "&status=new&status=resolved").getList("items.id"));
        assertEquals(
                List.of(coldSaturday),
                list("location=" + branch + "&assignee=sam").getList("items.id"));
        assertEquals(
                List.of(coldSaturday), list("location=" + branch + "&q=cold").getList("items.id"));
        assertEquals(List.of(praise), list("location=" + branch + "&q=CAFE").getList("items.id"));
        assertEquals(List.of(), list("location=" + branch + "&q=100%25").getList("items.id"));
    }

    @Test
    void receivedAfterAndBeforeCutByTime() {
        String branch = "branch-" + Api.uniqueId();
        String first = Api.newComplaint(Map.of("location", branch));
        String receivedAt =
                given().get("/v1/complaints/" + first).then().extract().path("receivedAt");
        String second = Api.newComplaint(Map.of("location", branch));

        assertEquals(
                List.of(second, first),
                list("location=" + branch + "&receivedAfter=" + receivedAt).getList("items.id"));
        assertEquals(
                List.of(),
                list("location=" + branch + "&receivedBefore=" + receivedAt).getList("items.id"));
    }

    @Test
    void cursorPagesAreStableWhileNewComplaintsArrive() {
        String branch = "branch-" + Api.uniqueId();
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(Api.newComplaint(Map.of("location", branch)));
        }
        List<String> newestFirst = created.reversed();

        JsonPath page1 = list("location=" + branch + "&limit=2");
        assertEquals(newestFirst.subList(0, 2), page1.getList("items.id"));
        String cursor = page1.getString("nextCursor");

        Api.newComplaint(Map.of("location", branch)); // arrives while the client pages

        JsonPath page2 = list("location=" + branch + "&limit=2&cursor=" + cursor);
        assertEquals(newestFirst.subList(2, 4), page2.getList("items.id"));
        JsonPath page3 = list("location=" + branch + "&limit=2&cursor=" + page2.getString("nextCursor"));
        assertEquals(newestFirst.subList(4, 5), page3.getList("items.id"));
        assertEquals(null, page3.getString("nextCursor"));
    }

    @Test
    void pageSizeDefaultsToFiftyAndAnEmptyResultIsAnEmptyList() {
        String branch = "branch-" + Api.uniqueId();
        for (int i = 0; i < 51; i++) {
            Api.newComplaint(Map.of("location", branch));
        }
        given().get("/v1/complaints?location=" + branch)
                .then()
                .statusCode(200)
                .body("items", hasSize(50))
                .body("nextCursor", notNullValue());
        given().get("/v1/complaints?limit=200&location=" + branch).then().body("items", hasSize(51));
        given().get("/v1/complaints?location=nowhere-" + Api.uniqueId())
                .then()
                .statusCode(200)
                .body("items", empty())
                .body("nextCursor", nullValue());
    }

    /** Epoch seconds near the long limit once overflowed Instant and answered 500 with a logged stack trace. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "c1|9223372036854775807|1000000000|",
                "c1|9223372036854775807|999999999|",
                "c1|31556889864403199|999999999|",
                "c1|-31557014167219200|0|"
            })
    void aCursorOutsideTheTimeRangeIs422NamingCursorAndLogsNoError(String raw) {
        String cursor = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((raw + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));
        List<LogRecord> errors = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.SEVERE.intValue() || record.getThrown() != null) {
                    errors.add(record);
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger.getLogger("").addHandler(capture);
        try {
            given().get("/v1/complaints?cursor=" + cursor)
                    .then()
                    .statusCode(422)
                    .contentType("application/problem+json")
                    .body("errors.field", contains("cursor"));
        } finally {
            Logger.getLogger("").removeHandler(capture);
        }
        assertEquals(List.of(), errors.stream().map(LogRecord::getMessage).toList());
    }
}
