package no.ehelse.followup.roadmap.progress;

import java.util.List;

import no.ehelse.followup.platform.series.SeriesKey;

/**
 * One series of progress reports: an actor's own phase on a delivery, or the delivery's national phase,
 * which is one series whoever its national owner was (its {@code actor} is then empty, as the table's
 * generated {@code series_actor} column is).
 */
record ProgressKey(String deliveryId, boolean national, String actor) implements SeriesKey {

    ProgressKey {
        actor = national ? "" : actor;
    }

    @Override
    public List<Object> columnValues() {
        return List.of(deliveryId, national, actor);
    }
}
