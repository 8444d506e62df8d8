package no.ehelse.followup.initiative.reports;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import no.ehelse.followup.events.initiative.StatusReport;
import no.ehelse.followup.rules.initiative.LatestReportRule;

/**
 * Each organisation's latest status report on each initiative ({@link LatestReportRule}), what the
 * derived status and the reporting calendar are computed from.
 */
@ApplicationScoped
public class LatestReports {

    /** @return by initiative id; initiatives without reports are absent */
    public Map<String, List<StatusReport>> of(Collection<String> initiativeIds) {
        if (initiativeIds.isEmpty()) {
            return Map.of();
        }
        List<StatusReport> current = StatusReportEntity.<StatusReportEntity> list("current = true and initiativeId in ?1",
                initiativeIds).stream().map(StatusReportEntity::toStatusReport).toList();
        return LatestReportRule.latestPerOwner(current);
    }
}
