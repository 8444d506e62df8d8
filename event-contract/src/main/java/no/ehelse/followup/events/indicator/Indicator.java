package no.ehelse.followup.events.indicator;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An indicator (målindikator) as published in indicator events and read from the API. */
@Schema(name = "Indicator", description = "A målindikator of the plan for realisation.")
public record Indicator(
        @Schema(example = "4.2.1") String id,
        @Schema(example = "4") String goalId,
        @Schema(example = "4.2") String parentId,
        @Schema(example = "Kjernejournal innføring") String name,
        @Schema(example = "Måler andel kommuner som har innført kjernejournal") String purpose,
        Unit unit,
        IndicatorType type,
        Direction direction,
        @Schema(example = "Tall fra NHN/Direktoratet for e-helse") String method,
        @Schema(example = "NHN") String dataSource,
        @Schema(description = "Organisation numbers of the organisations that may report measurements",
                example = "[\"994598759\", \"983544622\"]")
        List<String> reporters,
        IndicatorStatus status,
        Baseline baseline,
        List<Target> targets,
        @Schema(example = "1") long version,
        @Schema(description = "true where the id is not the plan's own number but derived for a child the plan lists "
                + "without one (the plan numbers only 4.2.1–4.2.6 below the second level); false or null for the plan's "
                + "numbers, null in older events") Boolean derivedId) {

    /** An indicator as before derived ids were marked: the id is taken as the plan's. */
    public Indicator(String id, String goalId, String parentId, String name, String purpose, Unit unit, IndicatorType type,
            Direction direction, String method, String dataSource, List<String> reporters, IndicatorStatus status,
            Baseline baseline, List<Target> targets, long version) {
        this(id, goalId, parentId, name, purpose, unit, type, direction, method, dataSource, reporters, status, baseline,
                targets, version, null);
    }
}
