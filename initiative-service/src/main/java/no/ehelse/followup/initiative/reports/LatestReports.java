package no.ehelse.followup.initiative.reports;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import no.ehelse.followup.events.initiative.StatusReport;

/**
 * Each organisation's latest status report on each initiative: the current revision of its report
 * for the latest period (periods ordered by their end, then their start), what the derived status
 * and the reporting calendar are computed from.
 */
@ApplicationScoped
public class LatestReports {

    @Inject
    EntityManager entityManager;

    /** @return by initiative id; initiatives without reports are absent */
    public Map<String, List<StatusReport>> of(Collection<String> initiativeIds) {
        if (initiativeIds.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<StatusReportEntity> latest = entityManager.createNativeQuery("""
                select distinct on (initiative_id, owner) * from status_report
                where current and initiative_id in (:ids)
                order by initiative_id, owner, period_end desc, period_start desc""", StatusReportEntity.class)
                .setParameter("ids", initiativeIds)
                .getResultList();
        return latest.stream().map(StatusReportEntity::toStatusReport)
                .collect(Collectors.groupingBy(StatusReport::initiativeId));
    }
}
