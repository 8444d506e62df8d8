package no.ehelse.followup.roadmap.editions;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import no.ehelse.followup.events.roadmap.Delivery;
import no.ehelse.followup.events.roadmap.Edition;
import no.ehelse.followup.events.roadmap.EditionDelivery;
import no.ehelse.followup.events.roadmap.EditionMilestone;
import no.ehelse.followup.events.roadmap.Milestone;
import no.ehelse.followup.events.roadmap.Phase;
import no.ehelse.followup.events.roadmap.TimelineSegment;
import no.ehelse.followup.roadmap.editions.EditionComparison.Change;

/** Compares an edition with today's plans (see {@link no.ehelse.followup.roadmap.RoadmapRuleTexts#COMPARISON}). */
final class EditionComparator {

    private EditionComparator() {
    }

    static EditionComparison compare(Edition edition, EditionSummary summary, List<Delivery> today, Instant now) {
        Map<String, EditionDelivery> then = byId(edition.deliveries(), EditionDelivery::id);
        Map<String, Delivery> current = byId(today, Delivery::id);
        List<EditionComparison.DeliveryChange> deliveries = new ArrayList<>();
        List<EditionComparison.PhaseChange> phases = new ArrayList<>();
        List<EditionComparison.TimelineChange> timeline = new ArrayList<>();
        List<EditionComparison.MilestoneShift> milestones = new ArrayList<>();
        for (Delivery delivery : today) {
            EditionDelivery before = then.get(delivery.id());
            if (before == null) {
                deliveries.add(new EditionComparison.DeliveryChange(delivery.id(), delivery.name(), delivery.subGoalId(),
                        Change.NEW));
                continue;
            }
            if (before.phase() != delivery.phase()) {
                phases.add(new EditionComparison.PhaseChange(delivery.id(), delivery.name(), before.phase(), delivery.phase()));
            }
            compareTimeline(delivery.id(), before.timeline(), delivery.timeline(), timeline);
            compareMilestones(delivery.id(), before.milestones(), delivery.milestones(), milestones);
        }
        for (EditionDelivery before : edition.deliveries()) {
            if (!current.containsKey(before.id())) {
                deliveries.add(new EditionComparison.DeliveryChange(before.id(), before.name(), before.subGoalId(),
                        Change.DROPPED));
            }
        }
        List<Change> all = new ArrayList<>();
        deliveries.forEach(change -> all.add(change.change()));
        timeline.forEach(change -> all.add(change.change()));
        milestones.forEach(change -> all.add(change.change()));
        EditionComparison.Summary counts = new EditionComparison.Summary(count(all, Change.NEW), count(all, Change.DROPPED),
                count(all, Change.SLIPPED), count(all, Change.MOVED));
        return new EditionComparison(summary, now, counts, deliveries, phases, timeline, milestones);
    }

    private static void compareTimeline(String deliveryId, List<TimelineSegment> then, List<TimelineSegment> now,
            List<EditionComparison.TimelineChange> changes) {
        Map<Phase, TimelineSegment> before = new EnumMap<>(Phase.class);
        then.forEach(segment -> before.put(segment.phase(), segment));
        Map<Phase, TimelineSegment> after = new EnumMap<>(Phase.class);
        now.forEach(segment -> after.put(segment.phase(), segment));
        for (Phase phase : Phase.values()) {
            TimelineSegment old = before.get(phase);
            TimelineSegment current = after.get(phase);
            if (old == null && current == null) {
                continue;
            }
            if (old == null || current == null) {
                changes.add(new EditionComparison.TimelineChange(deliveryId, phase, old == null ? Change.NEW : Change.DROPPED,
                        old, current, null, null));
                continue;
            }
            long endShift = ChronoUnit.DAYS.between(old.end(), current.end());
            long startShift = ChronoUnit.DAYS.between(old.start(), current.start());
            if (endShift > 0) {
                changes.add(new EditionComparison.TimelineChange(deliveryId, phase, Change.SLIPPED, old, current,
                        startShift, endShift));
            } else if (endShift != 0 || startShift != 0 || old.certainty() != current.certainty()) {
                changes.add(new EditionComparison.TimelineChange(deliveryId, phase, Change.MOVED, old, current,
                        startShift, endShift));
            }
        }
    }

    private static void compareMilestones(String deliveryId, List<EditionMilestone> then, List<Milestone> now,
            List<EditionComparison.MilestoneShift> changes) {
        Map<String, EditionMilestone> before = byId(then, EditionMilestone::id);
        Map<String, Milestone> after = byId(now, Milestone::id);
        for (Milestone milestone : now) {
            EditionMilestone old = before.get(milestone.id());
            LocalDate date = milestone.actualDate() != null ? milestone.actualDate() : milestone.forecastDate();
            if (old == null) {
                changes.add(new EditionComparison.MilestoneShift(deliveryId, milestone.id(), milestone.name(), Change.NEW,
                        null, date, null));
                continue;
            }
            LocalDate oldDate = old.actualDate() != null ? old.actualDate() : old.forecastDate();
            long shift = ChronoUnit.DAYS.between(oldDate, date);
            if (shift != 0) {
                changes.add(new EditionComparison.MilestoneShift(deliveryId, milestone.id(), milestone.name(),
                        shift > 0 ? Change.SLIPPED : Change.MOVED, oldDate, date, shift));
            }
        }
        for (EditionMilestone old : then) {
            if (!after.containsKey(old.id())) {
                changes.add(new EditionComparison.MilestoneShift(deliveryId, old.id(), old.name(), Change.DROPPED,
                        old.actualDate() != null ? old.actualDate() : old.forecastDate(), null, null));
            }
        }
    }

    private static int count(List<Change> changes, Change kind) {
        return (int) changes.stream().filter(change -> change == kind).count();
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }
}
