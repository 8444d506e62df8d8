package no.ehelse.followup.roadmap.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import no.ehelse.followup.events.EventActor;
import no.ehelse.followup.events.roadmap.Phase;
import no.ehelse.followup.platform.security.CallerIdentity;
import no.ehelse.followup.platform.series.RevisionedSeries;
import no.ehelse.followup.platform.time.Today;

/**
 * The append-only history of a delivery's progress, one revisioned series per actor and one for the
 * national phase. Callers hold the delivery's lock, so a series has one writer at a time.
 */
@ApplicationScoped
public class ProgressLog {

    /** What a report says, apart from who made it and when. */
    public record Entry(String actor, boolean national, Phase phase, LocalDate asOf, String reason, BigDecimal value,
            String unit, String text) {

        ProgressStatement statement() {
            return new ProgressStatement(phase, asOf, value, unit, text);
        }
    }

    @Inject
    RevisionedSeries series;

    @Inject
    CallerIdentity caller;

    @Inject
    Today today;

    /** The actor's current report; for the national phase, the current one whoever the national owner was. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ProgressEntity current(String deliveryId, boolean national, String actor) {
        ProgressKey key = new ProgressKey(deliveryId, national, actor);
        return series.current(ProgressEntity.SERIES, List.of(key)).get(key);
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
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean isReplay(String deliveryId, Entry entry) {
        ProgressEntity current = current(deliveryId, entry.national(), entry.actor());
        if (current == null) {
            return false;
        }
        if (current.content().equals(entry.statement())) {
            return true;
        }
        return entry.asOf().isBefore(current.asOf) && ProgressEntity.<ProgressEntity> list(
                "deliveryId = ?1 and national = ?2 and actor = ?3 and asOf = ?4", deliveryId, entry.national(),
                entry.actor(), entry.asOf()).stream().anyMatch(report -> report.content().equals(entry.statement()));
    }

    /** Appends a report as the next revision of its series; it becomes the actor's (or the national) current one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ProgressEntity append(String deliveryId, Entry entry) {
        ProgressKey key = new ProgressKey(deliveryId, entry.national(), entry.actor());
        ProgressEntity previous = current(deliveryId, entry.national(), entry.actor());
        ProgressStatement statement = entry.statement();
        EventActor by = caller.actor();
        return series.revise(ProgressEntity.SERIES, key, statement, number -> {
            ProgressEntity report = new ProgressEntity();
            report.deliveryId = deliveryId;
            report.actor = entry.actor();
            report.national = entry.national();
            report.revision = number;
            report.phase = statement.phase();
            report.previousPhase = previous == null ? null : previous.phase;
            report.asOf = statement.asOf();
            report.reason = entry.reason();
            report.value = statement.value();
            report.unit = statement.unit();
            report.text = statement.text();
            report.current = true;
            report.recordedAt = today.now();
            report.recordedByOrganisation = by.organisation();
            report.recordedByClient = by.client();
            return report;
        }).revision();
    }
}
