package no.ehelse.followup.roadmap.delays;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.panache.common.Sort;
import no.ehelse.followup.events.roadmap.MilestoneChangeKind;
import no.ehelse.followup.platform.time.Today;
import no.ehelse.followup.roadmap.deliveries.DeliveryEntity;
import no.ehelse.followup.roadmap.milestones.MilestoneChangeEntity;
import no.ehelse.followup.roadmap.milestones.MilestoneEntity;
import no.ehelse.followup.roadmap.subgoals.SubGoalEntity;
import no.ehelse.followup.rules.roadmap.DelayGroup;
import no.ehelse.followup.rules.roadmap.MilestoneDelay;
import no.ehelse.followup.rules.roadmap.SignificantDelays;
import no.ehelse.followup.rules.roadmap.SubGoalDelays;
import no.ehelse.followup.rules.time.NorwegianTime;

/**
 * The delay shares behind indicators 5.2 and 5.3 as they stood at the end of a day: milestones,
 * forecasts and actual dates as recorded by then (see {@link no.ehelse.followup.roadmap.RoadmapRuleTexts#DELAY_SHARES}).
 */
@ApplicationScoped
public class DelayCalculator {

    @Inject
    MilestoneDelay delay;

    @Inject
    Today today;

    public DelayShares on(LocalDate date) {
        LocalDate today = this.today.date();
        LocalDate day = date != null ? date : today;
        // Nothing is known yet of a day ahead: it is answered from the plans and forecasts of today.
        LocalDate knownOn = day.isAfter(today) ? today : day;
        Instant endOfDay = knownOn.plusDays(1).atStartOfDay(NorwegianTime.ZONE).toInstant();
        Map<String, DeliveryEntity> deliveries = DeliveryEntity.<DeliveryEntity> list(
                "definedAt < ?1 and (removedAt is null or removedAt >= ?1)", endOfDay).stream()
                .collect(Collectors.toMap(delivery -> delivery.id, delivery -> delivery));
        List<MilestoneEntity> milestones = MilestoneEntity.<MilestoneEntity> list(
                "definedAt < ?1 and (removedAt is null or removedAt >= ?1)", Sort.by("deliveryId").and("baselineDate")
                        .and("slug"), endOfDay).stream()
                .filter(milestone -> deliveries.containsKey(milestone.deliveryId))
                .filter(milestone -> MilestoneDelay.counts(milestone.certainty))
                .toList();
        Map<Long, MilestoneChangeEntity> forecasts = new HashMap<>();
        Map<Long, MilestoneChangeEntity> actuals = new HashMap<>();
        for (MilestoneChangeEntity change : MilestoneChangeEntity.<MilestoneChangeEntity> list("changedAt < ?1",
                Sort.by("id"), endOfDay)) {
            (change.kind == MilestoneChangeKind.FORECAST ? forecasts : actuals).put(change.milestoneId, change);
        }
        List<DelayShares.DelayedMilestone> asOfDay = new ArrayList<>();
        for (MilestoneEntity milestone : milestones) {
            MilestoneChangeEntity forecast = forecasts.get(milestone.id);
            MilestoneChangeEntity actual = actuals.get(milestone.id);
            LocalDate forecastDate = forecast == null ? milestone.baselineDate : forecast.date;
            LocalDate actualDate = actual == null ? null : actual.date;
            asOfDay.add(new DelayShares.DelayedMilestone(deliveries.get(milestone.deliveryId).subGoalId, milestone.deliveryId,
                    milestone.slug, milestone.name, milestone.phase, milestone.baselineDate,
                    actualDate != null ? actualDate : forecastDate, actualDate != null,
                    delay.days(milestone.baselineDate, forecastDate, actualDate), milestone.statedDelay));
        }
        List<String> subGoals = SubGoalEntity.<SubGoalEntity> listAll(Sort.by("id")).stream()
                .map(subGoal -> subGoal.id).toList();
        return new DelayShares(day, knownOn, delay.significantDelayDays(),
                share(DelayGroup.DEVELOPMENT, subGoals, asOfDay, deliveries),
                share(DelayGroup.INTRODUCTION, subGoals, asOfDay, deliveries));
    }

    private boolean delayed(DelayShares.DelayedMilestone milestone) {
        return MilestoneDelay.delayed(delay.significant(milestone.delayDays()), milestone.statedDelay());
    }

    /** @param deliveries the sub-goals each milestone's delivery is under: its own, then those it is also under */
    private DelayShares.DelayShare share(DelayGroup group, List<String> subGoals,
            List<DelayShares.DelayedMilestone> milestones, Map<String, DeliveryEntity> deliveries) {
        SignificantDelays<DelayShares.DelayedMilestone> share = SignificantDelays.of(group, milestones,
                DelayShares.DelayedMilestone::phase, this::delayed);
        SubGoalDelays bySubGoal = SubGoalDelays.of(group, subGoals, milestones, milestone -> deliveries.get(
                milestone.deliveryId()).underSubGoals(),
                DelayShares.DelayedMilestone::phase, this::delayed);
        return new DelayShares.DelayShare(group.indicatorId(), group.indicatorName(), group.phases(),
                bySubGoal.subGoals(), bySubGoal.delayed(), bySubGoal.percent(),
                share.milestones(), share.delayed().size(), share.percent(), share.delayed());
    }
}
