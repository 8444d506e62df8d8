package no.ehelse.followup.initiative.reports;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import no.ehelse.followup.events.initiative.StatusReport;

/**
 * The current revision of every status report of some initiatives: what the derived status and the
 * reporting calendar are computed from ({@link no.ehelse.followup.rules.initiative.InitiativeStandings}).
 */
@ApplicationScoped
public class CurrentReports {

    public List<StatusReport> of(Collection<String> initiativeIds) {
        if (initiativeIds.isEmpty()) {
            return List.of();
        }
        return StatusReportEntity.<StatusReportEntity> list("current = true and initiativeId in ?1", initiativeIds).stream()
                .map(StatusReportEntity::toStatusReport)
                .toList();
    }
}
