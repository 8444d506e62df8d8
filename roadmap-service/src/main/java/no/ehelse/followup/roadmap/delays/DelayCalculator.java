package no.ehelse.followup.roadmap.delays;

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
import no.ehelse.followup.events.roadmap.MilestoneChangeKind;
import no.ehelse.followup.platform.time.Today;
import no.ehelse.followup.roadmap.deliveries.DeliveryEntity;
import no.ehelse.followup.roadmap.milestones.MilestoneChangeEntity;
import no.ehelse.followup.roadmap.milestones.MilestoneEntity;
import no.ehelse.followup.rules.roadmap.DelayGroup;
import no.ehelse.followup.rules.roadmap.MilestoneDelay;
import no.ehelse.followup.rules.roadmap.SignificantDelays;
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
        List<DelayShares.DelayedMilestone> asOfDay = new ArrayList<>();
        for (MilestoneEntity milestone : milestones) {
            MilestoneChangeEntity forecast = forecasts.get(milestone.id);
            MilestoneChangeEntity actual = actuals.get(milestone.id);
            LocalDate forecastDate = forecast == null ? milestone.baselineDate : forecast.date;
            LocalDate actualDate = actual == null ? null : actual.date;
            asOfDay.add(new DelayShares.DelayedMilestone(milestone.deliveryId, milestone.slug, milestone.name,
                    milestone.phase, milestone.baselineDate, actualDate != null ? actualDate : forecastDate,
                    actualDate != null, delay.days(milestone.baselineDate, forecastDate, actualDate)));
        }
        return new DelayShares(day, knownOn, delay.significantDelayDays(),
                share(DelayGroup.DEVELOPMENT, asOfDay), share(DelayGroup.INTRODUCTION, asOfDay));
    }

    private DelayShares.DelayShare share(DelayGroup group, List<DelayShares.DelayedMilestone> milestones) {
        SignificantDelays<DelayShares.DelayedMilestone> share = SignificantDelays.of(group, milestones,
                DelayShares.DelayedMilestone::phase, milestone -> delay.significant(milestone.delayDays()));
        return new DelayShares.DelayShare(group.indicatorId(), group.indicatorName(), group.phases(),
                share.milestones(), share.delayed().size(), share.percent(), share.delayed());
    }
}
