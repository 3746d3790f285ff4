package dev.reviewflow.complaint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import dev.reviewflow.support.Api;
import dev.reviewflow.support.Sql;

import static dev.reviewflow.support.Api.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Writers racing on one complaint: exactly one wins, the others get a clear answer, nothing is lost. */
@QuarkusTest
class ConcurrencyTest {

    /** Runs all tasks at once (released together by a latch) and returns their results. */
    private static <T> List<T> race(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void manyIdenticalIngestsAtOnceMakeExactlyOneComplaint() throws Exception {
        Map<String, Object> body = Api.complaint(Map.of());
        List<Callable<Response>> posts = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            posts.add(() -> given().contentType(ContentType.JSON).body(body).post("/v1/complaints"));
        }
        List<Response> responses = race(posts);

        assertEquals(1, responses.stream().filter(r -> r.statusCode() == 201).count(), "exactly one created");
        assertEquals(11, responses.stream().filter(r -> r.statusCode() == 200).count(), "the rest see the stored one");
        assertEquals(
                1, responses.stream().map(r -> r.<String>path("id")).distinct().count(), "all name one complaint");
        assertEquals(1, count("select count(*) from complaint where external_id = ?", (String) body.get("externalId")));
        String id = responses.getFirst().path("id");
        assertEquals(1, count("select count(*) from timeline_event where complaint_id = ?::uuid", id));
    }

    @Test
    void twoRacingTransitionsGiveOneSuccessAndOneConflict() throws Exception {
        String id = Api.newComplaint();
        Callable<Integer> acknowledge = () -> Api.acknowledge(id).extract().statusCode();
        List<Integer> statuses = race(List.of(acknowledge, acknowledge));

        assertEquals(List.of(200, 409), statuses.stream().sorted().toList());
        assertEquals(
                1, count("select count(*) from reply where complaint_id = ?::uuid", id), "the loser stored no reply");
    }

    @Test
    void twoRacingPatchesWithTheSameIfMatchGiveOneSuccessAndOne412() throws Exception {
        String id = Api.newComplaint();
        String etag = Api.etag(id);
        List<Callable<Response>> patches = List.of(
                () -> given().contentType("application/merge-patch+json")
                        .header("If-Match", etag)
                        .body(Map.of("assignee", "sam"))
                        .patch("/v1/complaints/" + id),
                () -> given().contentType("application/merge-patch+json")
                        .header("If-Match", etag)
                        .body(Map.of("assignee", "kai"))
                        .patch("/v1/complaints/" + id));
        List<Response> responses = race(patches);

        assertEquals(
                List.of(200, 412),
                responses.stream().map(Response::statusCode).sorted().toList());
        String winner = responses.stream()
                .filter(r -> r.statusCode() == 200)
                .findFirst()
                .orElseThrow()
                .path("assignee");
        given().get("/v1/complaints/" + id).then().body("assignee", org.hamcrest.Matchers.equalTo(winner));
    }

    @Test
    void racingWritersOnOneComplaintNumberItsHistoryWithoutGaps() throws Exception {
        String id = Api.newComplaint();
        List<Callable<Response>> patches = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String assignee = "agent-" + i;
            patches.add(() -> given().contentType("application/merge-patch+json")
                    .body(Map.of("assignee", assignee))
                    .patch("/v1/complaints/" + id));
        }
        List<Response> responses = race(patches);

        assertEquals(
                List.of(200),
                responses.stream().map(Response::statusCode).distinct().toList());
        List<Integer> sequences = given().get("/v1/complaints/" + id + "/timeline")
                .then()
                .extract()
                .path("sequence");
        assertEquals(java.util.stream.IntStream.rangeClosed(1, 9).boxed().toList(), sequences);
    }

    private static long count(String sql, String parameter) {
        return Long.parseLong(Sql.queryOne(sql, parameter));
    }
}
