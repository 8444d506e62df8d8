package no.ehelse.followup.roadmap.delays;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.panache.common.Sort;
import no.ehelse.followup.contract.roadmap.DelayGroup;
import no.ehelse.followup.contract.roadmap.MilestoneChangeKind;
import no.ehelse.followup.roadmap.deliveries.DeliveryEntity;
import no.ehelse.followup.roadmap.milestones.Delays;
import no.ehelse.followup.roadmap.milestones.MilestoneChangeEntity;
import no.ehelse.followup.roadmap.milestones.MilestoneEntity;

/**
 * The delay shares behind indicators 5.2 and 5.3 as they stood at the end of a day: milestones,
 * forecasts and actual dates as recorded by then (see {@link no.ehelse.followup.roadmap.RoadmapRules#DELAY_SHARES}).
 */
@ApplicationScoped
public class DelayCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Inject
    Delays delays;

    @Inject
    Clock clock;

    public DelayShares on(LocalDate date) {
        LocalDate today = LocalDate.now(clock);
        LocalDate day = date != null ? date : today;
        // Nothing is known yet of a day ahead: it is answered from the plans and forecasts of today.
        LocalDate knownOn = day.isAfter(today) ? today : day;
        Instant endOfDay = knownOn.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        Set<String> deliveries = new HashSet<>(DeliveryEntity.<DeliveryEntity> list(
                "definedAt < ?1 and (removedAt is null or removedAt >= ?1)", endOfDay).stream()
                .map(delivery -> delivery.id).toList());
        List<MilestoneEntity> milestones = MilestoneEntity.<MilestoneEntity> list(
                "definedAt < ?1 and (removedAt is null or removedAt >= ?1)", Sort.by("deliveryId").and("baselineDate")
                        .and("slug"), endOfDay).stream()
                .filter(milestone -> deliveries.contains(milestone.deliveryId))
                .toList();
        Map<Long, MilestoneChangeEntity> forecasts = new HashMap<>();
        Map<Long, MilestoneChangeEntity> actuals = new HashMap<>();
        for (MilestoneChangeEntity change : MilestoneChangeEntity.<MilestoneChangeEntity> list("changedAt < ?1",
                Sort.by("id"), endOfDay)) {
            (change.kind == MilestoneChangeKind.FORECAST ? forecasts : actuals).put(change.milestoneId, change);
        }
        Map<DelayGroup, List<DelayShares.DelayedMilestone>> delayed = new HashMap<>();
        Map<DelayGroup, Integer> counted = new HashMap<>();
        for (MilestoneEntity milestone : milestones) {
            if (milestone.phase == null) {
                continue; // marks a deliverable only: in neither share
            }
            DelayGroup group = DelayGroup.of(milestone.phase);
            counted.merge(group, 1, Integer::sum);
            MilestoneChangeEntity forecast = forecasts.get(milestone.id);
            MilestoneChangeEntity actual = actuals.get(milestone.id);
            LocalDate forecastDate = forecast == null ? milestone.baselineDate : forecast.date;
            LocalDate actualDate = actual == null ? null : actual.date;
            long days = delays.days(milestone.baselineDate, forecastDate, actualDate);
            if (delays.significant(days)) {
                delayed.computeIfAbsent(group, g -> new ArrayList<>()).add(new DelayShares.DelayedMilestone(
                        milestone.deliveryId, milestone.slug, milestone.name, milestone.phase, milestone.baselineDate,
                        actualDate != null ? actualDate : forecastDate, actualDate != null, days));
            }
        }
        return new DelayShares(day, knownOn, delays.thresholdDays(),
                share(DelayGroup.DEVELOPMENT, counted, delayed), share(DelayGroup.INTRODUCTION, counted, delayed));
    }

    private static DelayShares.DelayShare share(DelayGroup group, Map<DelayGroup, Integer> counted,
            Map<DelayGroup, List<DelayShares.DelayedMilestone>> delayed) {
        int milestones = counted.getOrDefault(group, 0);
        List<DelayShares.DelayedMilestone> late = delayed.getOrDefault(group, List.of());
        BigDecimal percent = milestones == 0 ? null
                : HUNDRED.multiply(BigDecimal.valueOf(late.size())).divide(BigDecimal.valueOf(milestones), 1,
                        RoundingMode.HALF_UP);
        return new DelayShares.DelayShare(group.indicatorId(), group.indicatorName(), group.phases(), milestones,
                late.size(), percent, late);
    }
}
