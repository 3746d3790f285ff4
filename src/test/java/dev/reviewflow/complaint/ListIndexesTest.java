package dev.reviewflow.complaint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import dev.reviewflow.support.Api;
import dev.reviewflow.support.Sql;
import dev.reviewflow.support.StatementRecorder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every list filter is served by an index: on a workspace of generated complaints (the
 * benchmark's generator, bench/generate-complaints.sql), PostgreSQL plans the very statement the
 * service sends for each filter without a sequential scan, and a filter that matches little or
 * nothing on the index made for it instead of walking the whole list order.
 */
@QuarkusTest
class ListIndexesTest {

    private static final int ROWS = 30_000;
    private static final int LIMIT = 20;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\?");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String workspace;
    private static String key;

    /** One generated workspace for the class: generating it is what takes the time. */
    private static synchronized void generate() throws IOException, SQLException {
        if (workspace != null) {
            return;
        }
        String ws = Api.newWorkspace();
        String script = Files.readString(Path.of("bench/generate-complaints.sql"))
                .lines()
                .filter(line -> !line.startsWith("\\"))
                .reduce("", (all, line) -> all + line + "\n")
                .replace(":'ws'", "'" + ws + "'")
                .replace(":'tz'", "'Europe/Bucharest'")
                .replace(":rows", Integer.toString(ROWS))
                .replace(":seed", "0.42");
        try (Connection connection = Sql.connection();
                Statement statement = connection.createStatement()) {
            statement.execute(script);
            statement.execute("analyze complaint");
        }
        key = Api.newKey(ws, Api.ALL_SCOPES);
        workspace = ws;
    }

    /** The generated rows go again, so the rest of the suite plans on its own few rows. */
    @AfterAll
    static void removeGenerated() throws SQLException {
        if (workspace == null) {
            return;
        }
        try (Connection connection = Sql.connection();
                Statement statement = connection.createStatement()) {
            statement.execute("delete from complaint where workspace_id = '" + workspace + "'");
            statement.execute("vacuum analyze complaint");
        }
    }

    @Test
    void theWholeListWalksItsOrder() throws Exception {
        assertServedBy(plan(""), "ix_complaint_received");
        assertServedBy(
                plan(
                        "receivedAfter=2020-01-01T00:00:00Z&receivedBefore=2020-02-01T00:00:00Z",
                        at("2020-01-01T00:00:00Z"),
                        at("2020-02-01T00:00:00Z")),
                "ix_complaint_received");
    }

    @Test
    void aDeepPageStartsAtItsCursor() throws Exception {
        String row = Sql.queryOne(
                "select received_at || '|' || id from complaint where workspace_id = ?"
                        + " order by received_at desc, id desc offset " + (ROWS - 100) + " limit 1",
                workspace());
        Instant receivedAt = OffsetDateTime.parse(
                        row.substring(0, row.indexOf('|')).replace(' ', 'T') + ":00")
                .toInstant();
        UUID id = UUID.fromString(row.substring(row.indexOf('|') + 1));
        OffsetDateTime after = receivedAt.atOffset(ZoneOffset.UTC);
        JsonNode plan = plan("cursor=" + new PageCursor(receivedAt, id).encode(), after, after, after, id);
        assertServedBy(plan, "ix_complaint_received");
        List<JsonNode> scans = nodes(plan, "Index Name", "ix_complaint_received");
        assertTrue(
                scans.stream().anyMatch(scan -> scan.path("Index Cond").asText().contains("received_at")),
                "the cursor bounds the index walk:\n" + plan.toPrettyString());
    }

    @Test
    void filtersMatchingLittleUseTheirOwnIndex() throws Exception {
        assertServedBy(plan("status=new", "NEW"), "ix_complaint_status_received");
        assertServedBy(plan("channel=blog", "BLOG"), "ix_complaint_channel_received");
        assertServedBy(plan("tag=no-such-tag", "no-such-tag", "no-such-tag"), "ix_complaint_tags");
        assertServedBy(plan("assignee=nobody", "nobody"), "ix_complaint_assignee_received");
        assertServedBy(plan("location=Nowhere", "Nowhere"), "ix_complaint_location_received");
        assertServedBy(plan("q=zzqx", "%zzqx%"), "ix_complaint_search_text");
        assertServedBy(plan("q=" + UUID.randomUUID(), "%" + UUID.randomUUID() + "%"), "ix_complaint_search_text");
        assertServedBy(plan("ticket=T-none", "T-none"), "uq_complaint_ticket");
        OffsetDateTime longAgo = at("2000-01-01T00:00:00Z");
        assertServedBy(plan("dueBefore=2000-01-01T00:00:00Z", longAgo, longAgo, longAgo), "ix_complaint_ack_open_due");
    }

    @Test
    void filtersMatchingMuchUseAnIndexToo() throws Exception {
        assertServedBy(plan("tag=billing", "billing", "billing"), null);
        assertServedBy(plan("assignee=maria", "maria"), null);
        assertServedBy(plan("location=Center", "Center"), null);
        assertServedBy(plan("channel=google&channel=yelp", "GOOGLE", "YELP"), null);
        assertServedBy(plan("maxRating=1", 1), null);
        assertServedBy(plan("maxRating=4", 4), null);
        assertServedBy(plan("q=dingin", "%dingin%"), null);
        assertServedBy(plan("q=cold", "%cold%"), null);
        assertServedBy(plan("slaStatus=missed"), null);
        OffsetDateTime soon = OffsetDateTime.now(ZoneOffset.UTC).plusHours(1);
        assertServedBy(plan("dueBefore=" + soon.truncatedTo(ChronoUnit.SECONDS), soon, soon, soon), null);
    }

    private static OffsetDateTime at(String instant) {
        return OffsetDateTime.parse(instant);
    }

    private static String workspace() throws IOException, SQLException {
        generate();
        return workspace;
    }

    /**
     * EXPLAIN (FORMAT JSON) of the list statement the service sends for {@code query}, bound with
     * the caller's workspace, the page, and {@code values} in the order of their placeholders.
     */
    private static JsonNode plan(String query, Object... values) throws Exception {
        generate();
        List<String> sent = StatementRecorder.during(() -> Api.as(key)
                .get("/v1/complaints?limit=" + LIMIT + (query.isEmpty() ? "" : "&" + query))
                .then()
                .statusCode(200));
        List<String> lists = sent.stream()
                .filter(sql ->
                        sql.contains(" from complaint ") && sql.contains("order by c1_0.received_at desc,c1_0.id desc"))
                .toList();
        assertEquals(1, lists.size(), "one list statement in " + sent);
        String sql = lists.getFirst();
        try (Connection connection = Sql.connection();
                PreparedStatement explain = connection.prepareStatement("explain (format json) " + sql)) {
            List<Object> remaining = new ArrayList<>(Arrays.asList(values));
            Matcher placeholder = PLACEHOLDER.matcher(sql);
            int index = 1;
            while (placeholder.find()) {
                String before = sql.substring(0, placeholder.start()).stripTrailing();
                Object value;
                if (before.endsWith("c1_0.workspace_id =")) {
                    value = workspace;
                } else if (before.endsWith("offset")) {
                    value = 0;
                } else if (before.endsWith("fetch first")) {
                    value = LIMIT + 1;
                } else {
                    assertFalse(remaining.isEmpty(), "more placeholders than values in " + sql);
                    value = remaining.removeFirst();
                }
                explain.setObject(index++, value);
            }
            assertTrue(remaining.isEmpty(), "values left over " + remaining + " for " + sql);
            try (ResultSet rows = explain.executeQuery()) {
                rows.next();
                return JSON.readTree(rows.getString(1)).get(0).get("Plan");
            }
        }
    }

    /** No sequential scan, an index on complaint, and {@code index} among them when given. */
    private static void assertServedBy(JsonNode plan, String index) {
        String shown = plan.toPrettyString();
        assertTrue(nodes(plan, "Node Type", "Seq Scan").isEmpty(), "a sequential scan in\n" + shown);
        List<JsonNode> indexScans = new ArrayList<>();
        collect(plan, node -> node.has("Index Name"), indexScans);
        assertFalse(indexScans.isEmpty(), "no index in\n" + shown);
        if (index != null) {
            assertFalse(nodes(plan, "Index Name", index).isEmpty(), "expected " + index + " in\n" + shown);
        }
    }

    private static List<JsonNode> nodes(JsonNode plan, String field, String value) {
        List<JsonNode> found = new ArrayList<>();
        collect(plan, node -> value.equals(node.path(field).asText()), found);
        return found;
    }

    private static void collect(JsonNode node, java.util.function.Predicate<JsonNode> wanted, List<JsonNode> found) {
        if (wanted.test(node)) {
            found.add(node);
        }
        for (JsonNode child : node.path("Plans")) {
            collect(child, wanted, found);
        }
    }
}
