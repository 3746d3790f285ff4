package dev.reviewflow.insight;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The patterns' rollup of a day ({@code insight_term_day}, V15): per term, its complaints of the
 * day from complaint_term, counted per UTC quarter-hour, channel and location in one pass.
 */
@ApplicationScoped
class TermDayRollup implements DayRollup {

    private static final String INSERT = "insert into insight_term_day (workspace_id, day, term, complaints,"
            + " slots, slot_complaints, channels, channel_complaints, locations, location_complaints)"
            + " select ?, ?, term, sum(n) filter (where is_slot),"
            + "   array_agg(slot order by slot) filter (where is_slot),"
            + "   array_agg(n order by slot) filter (where is_slot),"
            + "   coalesce(array_agg(channel order by channel) filter (where is_channel), '{}'),"
            + "   coalesce(array_agg(n order by channel) filter (where is_channel), '{}'),"
            + "   coalesce(array_agg(location order by location) filter (where is_location), '{}'),"
            + "   coalesce(array_agg(n order by location) filter (where is_location), '{}')"
            + " from (select term, slot, channel, location, grouping(slot) = 0 as is_slot,"
            + "     grouping(channel) = 0 as is_channel, grouping(location) = 0 and location is not null as is_location,"
            + "     count(*)::int as n"
            + "   from (select term, floor(extract(epoch from received_at - ?) / 900)::smallint as slot, channel, location"
            + "     from complaint_term where workspace_id = ? and received_at >= ? and received_at < ?) hits"
            + "   group by grouping sets ((term, slot), (term, channel), (term, location))) grouped"
            + " group by term";

    @Override
    public void recompute(Connection connection, String workspace, LocalDate day, Instant now) throws SQLException {
        try (PreparedStatement delete =
                connection.prepareStatement("delete from insight_term_day where workspace_id = ? and day = ?")) {
            delete.setString(1, workspace);
            delete.setObject(2, day);
            delete.executeUpdate();
        }
        OffsetDateTime start = day.atStartOfDay().atOffset(ZoneOffset.UTC);
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, workspace);
            insert.setObject(2, day);
            insert.setObject(3, start);
            insert.setString(4, workspace);
            insert.setObject(5, start);
            insert.setObject(6, start.plusDays(1));
            insert.executeUpdate();
        }
    }
}
