package dev.reviewflow.complaint;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.ManagedType;
import jakarta.persistence.metamodel.Metamodel;
import jakarta.persistence.metamodel.SingularAttribute;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.EntityPersister;
import org.junit.jupiter.api.Test;

import dev.reviewflow.security.SystemCalls;
import dev.reviewflow.support.Api;
import dev.reviewflow.support.Sql;

import static dev.reviewflow.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Holds {@link ComplaintReads} to the entity's mapping: it reads every column Hibernate maps, and
 * a complaint read by it equals the one Hibernate loads, field by field, with every column set and
 * with every optional one empty. A column added to the entity fails here until it is read too.
 */
@QuarkusTest
class ComplaintReadsTest {

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Inject
    SystemCalls systemCalls;

    @Test
    void readsEveryColumnTheEntityMaps() {
        EntityPersister persister = entityManagerFactory
                .unwrap(SessionFactoryImplementor.class)
                .getMappingMetamodel()
                .getEntityDescriptor(Complaint.class);
        TreeSet<String> mapped = new TreeSet<>();
        persister
                .getIdentifierMapping()
                .forEachSelectable((index, column) -> mapped.add(column.getSelectionExpression()));
        persister.forEachSelectable((index, column) -> mapped.add(column.getSelectionExpression()));

        assertEquals(mapped, new TreeSet<>(ComplaintReads.COLUMNS));
        assertEquals(ComplaintReads.COLUMNS.size(), mapped.size(), "no column read twice");
    }

    @Test
    void aComplaintWithEveryColumnSetReadsAsHibernateLoadsIt() throws Exception {
        String workspace = Api.newWorkspace();
        String key = Api.newKey(workspace, Api.ALL_SCOPES);
        as(key).contentType(ContentType.JSON)
                .body(Map.of("targets", Map.of("acknowledgement", "PT1H"), "calendar", Map.of("aroundTheClock", true)))
                .put("/v1/workspaces/" + workspace + "/sla-policy")
                .then()
                .statusCode(200);
        String id = Api.newComplaintAs(
                key,
                Map.of(
                        "customer",
                                Map.of("name", "Ani Petrosyan", "email", "ani@example.com", "phone", "+37491000000"),
                        "title", "Սառը պիցցա",
                        "language", "hy",
                        "postedAt", "2026-11-28T19:30:00Z",
                        "sourceUrl", "https://maps.example/review/1",
                        "tags", List.of("delivery", "saturday"),
                        "assignee", "mari",
                        "location", "Center"));
        Sql.update(
                "update complaint set status = 'RESOLVED', resolved_from = 'MOVED_TO_PRIVATE', priority_explicit = true,"
                        + " acknowledged_at = now(), moved_to_private_at = now(), private_channel = 'EMAIL',"
                        + " resolved_at = now(), resolution_outcome = 'COMPENSATED', resolution_summary = 'A new pizza.',"
                        + " rating_at_resolution = 2, feedback_satisfaction = 4, feedback_would_return = true,"
                        + " feedback_comment = 'Thanks', feedback_answered_at = now(), feedback_resolved_at = now(),"
                        + " customer_erased_at = now(), ticket_system = 'ZAMMAD', ticket_id = '42',"
                        + " ticket_url = 'https://desk.example/42', ack_breach_recorded_at = now(),"
                        + " private_contact_due_at = now(), private_contact_breach_recorded_at = now(),"
                        + " resolution_due_at = now(), resolution_breach_recorded_at = now(), sla_missed = true"
                        + " where id = ?::uuid",
                id);
        assertEquals(
                "0",
                Sql.queryOne(
                        "select num_nulls(" + String.join(", ", ComplaintReads.COLUMNS)
                                + ") from complaint where id = ?::uuid",
                        id),
                "the test sets every column");

        assertReadAsHibernateLoads(workspace, id);
    }

    @Test
    void aComplaintWithEveryOptionalColumnEmptyReadsAsHibernateLoadsIt() throws Exception {
        String workspace = Api.newWorkspace();
        String id = Api.newComplaintAs(Api.newKey(workspace, Api.ALL_SCOPES), Map.of("tags", List.of()));

        assertReadAsHibernateLoads(workspace, id);
    }

    @Test
    void readsNothingOfAnotherWorkspace() {
        String id = Api.newComplaintAs(Api.newKey(Api.newWorkspace(), Api.ALL_SCOPES), Map.of());
        String other = Api.newWorkspace();

        Optional<Complaint> read =
                systemCalls.run("system:test", other, () -> ComplaintReads.byId(other, UUID.fromString(id)));

        assertTrue(read.isEmpty());
    }

    private void assertReadAsHibernateLoads(String workspace, String id) throws ReflectiveOperationException {
        UUID complaintId = UUID.fromString(id);
        List<Complaint> both = systemCalls.run("system:test", workspace, () -> QuarkusTransaction.requiringNew()
                .call(() -> List.of(
                        Complaint.require(complaintId),
                        ComplaintReads.byId(workspace, complaintId).orElseThrow())));
        List<String> differences = new ArrayList<>();
        compare(entityManagerFactory.getMetamodel().entity(Complaint.class), both.get(0), both.get(1), "", differences);
        assertEquals(List.of(), differences);
    }

    /** Every persistent field of {@code type}, and of its embedded values, field by field. */
    private void compare(ManagedType<?> type, Object loaded, Object read, String path, List<String> differences)
            throws ReflectiveOperationException {
        Metamodel metamodel = entityManagerFactory.getMetamodel();
        for (Attribute<?, ?> attribute : type.getAttributes()) {
            Field field = (Field) attribute.getJavaMember();
            field.setAccessible(true);
            Object expected = loaded == null ? null : field.get(loaded);
            Object actual = read == null ? null : field.get(read);
            String name = path + attribute.getName();
            if (attribute.getPersistentAttributeType() == Attribute.PersistentAttributeType.EMBEDDED) {
                if ((expected == null) != (actual == null)) {
                    differences.add(name + ": " + expected + " != " + actual);
                } else if (expected != null) {
                    compare(
                            metamodel.embeddable(((SingularAttribute<?, ?>) attribute).getJavaType()),
                            expected,
                            actual,
                            name + ".",
                            differences);
                }
            } else if (!Objects.equals(expected, actual)) {
                differences.add(name + ": " + expected + " != " + actual);
            }
        }
    }
}
