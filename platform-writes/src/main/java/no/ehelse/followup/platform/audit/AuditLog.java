package no.ehelse.followup.platform.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import no.ehelse.followup.events.EventActor;
import no.ehelse.followup.rules.time.NorwegianTime;

/**
 * Reads the audit log, which is the outbox: each row is a committed change with its envelope (actor, time,
 * aggregate and its state after). The state before is the same aggregate's previous row.
 */
@ApplicationScoped
public class AuditLog {

    /** What to look for; null fields do not filter. {@code from} and {@code to} are whole days in Europe/Oslo. */
    public record Filter(String organisation, String client, String aggregateType, String aggregateId, String eventType,
            LocalDate from, LocalDate to) {
    }

    /** A page of entries, newest first, and whether more follow. */
    public record Page(int page, int size, boolean more, List<AuditEntry> entries) {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    public Page find(Filter filter, int page, int size) {
        StringBuilder sql = new StringBuilder("""
                select o.envelope, (select p.envelope from outbox_event p
                                    where p.aggregate_type = o.aggregate_type and p.aggregate_id = o.aggregate_id
                                      and p.aggregate_version < o.aggregate_version
                                    order by p.aggregate_version desc limit 1)
                from outbox_event o where true""");
        Map<String, Object> parameters = new LinkedHashMap<>();
        condition(sql, parameters, "o.actor_organisation = :organisation", "organisation", filter.organisation());
        condition(sql, parameters, "o.actor_client = :client", "client", filter.client());
        condition(sql, parameters, "o.aggregate_type = :aggregateType", "aggregateType", filter.aggregateType());
        condition(sql, parameters, "o.aggregate_id = :aggregateId", "aggregateId", filter.aggregateId());
        condition(sql, parameters, "o.event_type = :eventType", "eventType", filter.eventType());
        condition(sql, parameters, "o.created_at >= :from", "from", startOf(filter.from()));
        condition(sql, parameters, "o.created_at < :to", "to", filter.to() == null ? null : startOf(filter.to().plusDays(1)));
        sql.append(" order by o.id desc limit :limit offset :offset");
        Query query = entityManager.createNativeQuery(sql.toString());
        parameters.forEach(query::setParameter);
        query.setParameter("limit", size + 1).setParameter("offset", (long) page * size);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<AuditEntry> entries = new ArrayList<>(Math.min(rows.size(), size));
        for (Object[] row : rows.subList(0, Math.min(rows.size(), size))) {
            entries.add(entry(read((String) row[0]), row[1] == null ? null : read((String) row[1])));
        }
        return new Page(page, size, rows.size() > size, entries);
    }

    private static void condition(StringBuilder sql, Map<String, Object> parameters, String condition, String name,
            Object value) {
        if (value != null) {
            sql.append(" and ").append(condition);
            parameters.put(name, value);
        }
    }

    private static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(NorwegianTime.ZONE).toInstant();
    }

    private JsonNode read(String envelope) {
        try {
            return json.readTree(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An outbox row is not the JSON it was written as", e);
        }
    }

    private static AuditEntry entry(JsonNode after, JsonNode before) {
        JsonNode actor = after.path("actor");
        JsonNode payload = after.path("payload");
        return new AuditEntry(Instant.parse(after.path("occurredAt").asText()), after.path("type").asText(),
                after.path("aggregateType").asText(), after.path("aggregateId").asText(),
                after.path("aggregateVersion").asLong(),
                new EventActor(text(actor, "organisation"), text(actor, "client"), text(actor, "childOrganisation"),
                        text(actor, "supplierOrganisation")),
                before == null ? null : before.path("payload"), payload);
    }

    private static String text(JsonNode node, String field) {
        return node.path(field).isTextual() ? node.path(field).asText() : null;
    }
}
