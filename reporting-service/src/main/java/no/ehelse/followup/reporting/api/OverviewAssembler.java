package no.ehelse.followup.reporting.api;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.panache.common.Sort;
import no.ehelse.followup.reporting.consumer.TopicFreshness;
import no.ehelse.followup.reporting.indicators.GoalView;
import no.ehelse.followup.reporting.indicators.IndicatorFollowUpQueries;

/** Puts the whole view together, for the API and for council snapshots. */
@ApplicationScoped
public class OverviewAssembler {

    @Inject
    IndicatorFollowUpQueries indicators;

    public Overview overview() {
        List<Overview.GoalStatus> goals = GoalView.<GoalView> listAll(Sort.by("id")).stream()
                .map(g -> new Overview.GoalStatus(g.id, g.kind, g.name, indicators.indicatorsOf(g.id)))
                .toList();
        List<Overview.Freshness> freshness = TopicFreshness.<TopicFreshness> listAll(Sort.by("topic")).stream()
                .map(f -> new Overview.Freshness(f.topic, f.lastOccurredAt, f.lastAppliedAt, f.eventsApplied))
                .toList();
        return new Overview(goals, freshness);
    }
}
