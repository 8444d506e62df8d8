package no.ehelse.followup.roadmap.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.panache.common.Sort;
import no.ehelse.followup.events.EventActor;
import no.ehelse.followup.events.roadmap.Phase;
import no.ehelse.followup.platform.security.CallerIdentity;
import no.ehelse.followup.platform.time.Today;

/**
 * The append-only history of a delivery's progress. Callers hold the delivery's lock, so the
 * current report of an actor is replaced by one writer at a time.
 */
@ApplicationScoped
public class ProgressLog {

    /** What a report says, apart from who made it and when. */
    public record Entry(String actor, boolean national, Phase phase, LocalDate asOf, String reason, BigDecimal value,
            String unit, String text) {

        Statement statement() {
            return new Statement(phase, asOf, value, unit, text);
        }
    }

    /**
     * What a report states, as compared to tell a replay from a new report (the reason is not part of
     * it): the figure canonical (34 and 34.0 are the same), so record equality is the comparison.
     */
    record Statement(Phase phase, LocalDate asOf, BigDecimal value, String unit, String text) {

        Statement {
            value = canonical(value);
        }
    }

    @Inject
    CallerIdentity caller;

    @Inject
    Today today;

    /** The actor's current report; for the national phase, the current one whoever the national owner was. */
    public ProgressEntity current(String deliveryId, boolean national, String actor) {
        if (national) {
            return ProgressEntity.<ProgressEntity> find("deliveryId = ?1 and national = true and current = true",
                    deliveryId).firstResult();
        }
        return ProgressEntity.<ProgressEntity> find("deliveryId = ?1 and national = false and actor = ?2 and current = true",
                deliveryId, actor).firstResult();
    }

    /** The current own-phase report of each actor of the given deliveries, by delivery and actor key. */
    public Map<String, Map<String, ProgressEntity>> currentByActor(List<String> deliveryIds) {
        if (deliveryIds.isEmpty()) {
            return Map.of();
        }
        return ProgressEntity.<ProgressEntity> list("deliveryId in ?1 and national = false and current = true", deliveryIds)
                .stream()
                .collect(Collectors.groupingBy(report -> report.deliveryId,
                        Collectors.toMap(report -> report.actor, report -> report)));
    }

    public List<ProgressReportView> history(String deliveryId) {
        return ProgressEntity.<ProgressEntity> list("deliveryId", Sort.by("id"), deliveryId).stream()
                .map(ProgressEntity::toView)
                .toList();
    }

    /**
     * Whether the report repeats one already recorded: the actor's current report, or an earlier one
     * sent again (a loader replaying history). A report dated like the current one but saying
     * something else is a new report, not a replay.
     */
    public boolean isReplay(String deliveryId, Entry entry) {
        ProgressEntity current = current(deliveryId, entry.national(), entry.actor());
        if (current == null) {
            return false;
        }
        if (says(current, entry)) {
            return true;
        }
        return entry.asOf().isBefore(current.asOf) && ProgressEntity.<ProgressEntity> list(
                "deliveryId = ?1 and national = ?2 and actor = ?3 and asOf = ?4", deliveryId, entry.national(),
                entry.actor(), entry.asOf()).stream().anyMatch(report -> says(report, entry));
    }

    private static boolean says(ProgressEntity report, Entry entry) {
        return new Statement(report.phase, report.asOf, report.value, report.unit, report.text).equals(entry.statement());
    }

    /** Appends a report; it becomes the actor's (or the national) current one. */
    public ProgressEntity append(String deliveryId, Entry entry) {
        ProgressEntity previous = current(deliveryId, entry.national(), entry.actor());
        if (previous != null) {
            // The old report stops being current before the new one is inserted (one current per actor).
            previous.current = false;
            previous.flush();
        }
        EventActor by = caller.actor();
        ProgressEntity report = new ProgressEntity();
        report.deliveryId = deliveryId;
        report.actor = entry.actor();
        report.national = entry.national();
        report.phase = entry.phase();
        report.previousPhase = previous == null ? null : previous.phase;
        report.asOf = entry.asOf();
        report.reason = entry.reason();
        report.value = canonical(entry.value());
        report.unit = entry.unit();
        report.text = entry.text();
        report.current = true;
        report.recordedAt = today.now();
        report.recordedByOrganisation = by.organisation();
        report.recordedByClient = by.client();
        report.persist();
        return report;
    }

    /** 34.0 and 34 are the same figure: store and publish it as 34. */
    private static BigDecimal canonical(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
