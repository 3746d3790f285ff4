package dev.reviewflow.complaint;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.StringJoiner;

import org.junit.jupiter.api.Test;

import dev.reviewflow.common.json.JsonEnums;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README's state table is written from the lifecycle: it cannot promise a move the code refuses. */
class ReadmeStateTableTest {

    private static final String START = "<!-- state-table:start -->";
    private static final String END = "<!-- state-table:end -->";

    static String expectedTable() {
        StringBuilder table = new StringBuilder();
        StringJoiner header = new StringJoiner(" | ", "| status | ", " |\n");
        StringJoiner rule = new StringJoiner(" | ", "| --- | ", " |\n");
        for (ComplaintAction action : ComplaintAction.values()) {
            header.add("`" + JsonEnums.wireName(action) + "`");
            rule.add("---");
        }
        table.append(header).append(rule);
        for (ComplaintStatus from : ComplaintStatus.values()) {
            StringJoiner row = new StringJoiner(" | ", "| `" + JsonEnums.wireName(from) + "` | ", " |\n");
            for (ComplaintAction action : ComplaintAction.values()) {
                if (!ComplaintLifecycle.allowedActions(from).contains(action)) {
                    row.add("409");
                } else if (action == ComplaintAction.REOPEN) {
                    row.add("→ the status it was resolved from");
                } else {
                    row.add("→ `" + JsonEnums.wireName(ComplaintLifecycle.next(from, action, null)) + "`");
                }
            }
            table.append(row);
        }
        return table.toString();
    }

    @Test
    void theReadmeStateTableMatchesTheLifecycle() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf(START);
        int end = readme.indexOf(END);
        assertTrue(
                start >= 0 && end > start, "README.md must contain the state table between " + START + " and " + END);
        String documented = readme.substring(start + START.length(), end).strip() + "\n";
        assertEquals(expectedTable(), documented, "README state table is out of date; expected:\n" + expectedTable());
    }
}
