package dev.reviewflow.complaint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import dev.reviewflow.common.error.NotFoundException;
import dev.reviewflow.common.text.TextFolding;

@ApplicationScoped
public class ComplaintRepository implements PanacheRepositoryBase<Complaint, UUID> {

    /**
     * Writes the changes of this transaction now, so that Hibernate bumps the complaint's
     * version before the answer's ETag and body read it (it would otherwise wait for the commit).
     */
    public void bumpVersion() {
        flush();
    }

    public Complaint require(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> notFound(id));
    }

    /**
     * Loads the complaint and locks its row until the transaction ends: concurrent writers on
     * one complaint queue up, and each one decides on the state the previous one left.
     */
    public Complaint lockForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).orElseThrow(() -> notFound(id));
    }

    /**
     * Serialises, until the transaction ends, every ingest of the same post into one workspace: a
     * PostgreSQL advisory lock on a 64-bit hash of workspace, channel and externalId (a hash
     * collision only makes two posts wait for each other).
     */
    public void lockSource(String workspace, Channel channel, String externalId) {
        getEntityManager()
                .createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtextextended(?1, 0))) as locked")
                .setParameter(1, workspace + "|" + channel.name() + "|" + externalId)
                .getSingleResult();
    }

    public Optional<Complaint> lockBySource(Channel channel, String externalId) {
        return find("channel = ?1 and externalId = ?2", channel, externalId)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /** One page, newest first, starting after {@code after} (null for the first page). */
    public List<Complaint> page(ComplaintFilter filter, PageCursor after, int size) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.statuses() != null && !filter.statuses().isEmpty()) {
            where.add("status in :statuses");
            params.put("statuses", filter.statuses());
        }
        if (filter.channels() != null && !filter.channels().isEmpty()) {
            where.add("channel in :channels");
            params.put("channels", filter.channels());
        }
        if (filter.tag() != null) {
            where.add("array_contains(tags, :tag)");
            params.put("tag", filter.tag());
        }
        if (filter.assignee() != null) {
            where.add("assignee = :assignee");
            params.put("assignee", filter.assignee());
        }
        if (filter.location() != null) {
            where.add("location = :location");
            params.put("location", filter.location());
        }
        if (filter.maxRating() != null) {
            where.add("rating <= :maxRating");
            params.put("maxRating", filter.maxRating());
        }
        if (filter.receivedAfter() != null) {
            where.add("receivedAt >= :receivedAfter");
            params.put("receivedAfter", filter.receivedAfter());
        }
        if (filter.receivedBefore() != null) {
            where.add("receivedAt < :receivedBefore");
            params.put("receivedBefore", filter.receivedBefore());
        }
        if (filter.text() != null) {
            where.add("searchText like :text escape '\\'");
            params.put("text", "%" + escapeLike(TextFolding.fold(filter.text())) + "%");
        }
        if (after != null) {
            where.add("(receivedAt < :afterAt or (receivedAt = :afterAt and id < :afterId))");
            params.put("afterAt", after.receivedAt());
            params.put("afterId", after.id());
        }
        String query = (where.isEmpty() ? "" : String.join(" and ", where)) + " order by receivedAt desc, id desc";
        return find(query, params).page(0, size).list();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("complaint", id.toString());
    }
}
