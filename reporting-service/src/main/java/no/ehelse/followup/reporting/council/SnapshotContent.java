package no.ehelse.followup.reporting.council;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.ehelse.followup.reporting.api.Overview;
import no.ehelse.followup.reporting.roadmap.RoadmapStatus;

/**
 * What a council snapshot freezes: the goals as the overview has them (indicators with their last points
 * only), the whole roadmap (what the council compares phases and delays by), and the freshness.
 */
@Schema(name = "SnapshotContent", description = "The goals as the overview shows them (each indicator with at most its "
        + "last points: the changes between two snapshots compare those), the whole roadmap, and the view's freshness.")
public record SnapshotContent(List<Overview.GoalStatus> goals, RoadmapStatus roadmap, List<Overview.Freshness> freshness) {
}
