package no.ehelse.followup.reporting.roadmap;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import no.ehelse.followup.events.roadmap.Delivery;
import no.ehelse.followup.events.roadmap.Milestone;
import no.ehelse.followup.rules.roadmap.DelayGroup;
import no.ehelse.followup.rules.roadmap.MilestoneDelay;
import no.ehelse.followup.rules.roadmap.SignificantDelays;

/**
 * What indicators 5.2 and 5.3 count of each delivery's milestones, by the one delay-share rule, kept with
 * the delivery when its event is applied: the milestone shares are then sums over the view, and a sub-goal
 * is delayed when one of its deliveries has a delayed milestone.
 */
@ApplicationScoped
public class DeliveryDelays {

    private static final Logger LOG = Logger.getLogger(DeliveryDelays.class);

    /** Sets the delivery's counts from its state. */
    public static void count(DeliveryView view) {
        SignificantDelays<Milestone> development = of(DelayGroup.DEVELOPMENT, view);
        SignificantDelays<Milestone> introduction = of(DelayGroup.INTRODUCTION, view);
        view.developmentMilestones = development.milestones();
        view.developmentDelayed = development.delayed().size();
        view.introductionMilestones = introduction.milestones();
        view.introductionDelayed = introduction.delayed().size();
    }

    static SignificantDelays<Milestone> of(DelayGroup group, DeliveryView view) {
        return SignificantDelays.of(group, counted(view.state.milestones()), Milestone::phase, DeliveryDelays::delayed);
    }

    /** The milestones that count for 5.2 and 5.3: plans, not expectations or ambitions. */
    static List<Milestone> counted(List<Milestone> milestones) {
        return milestones.stream().filter(milestone -> MilestoneDelay.counts(milestone.certainty())).toList();
    }

    /** Whether a milestone that counts is delayed: significantly by its dates (as published), or by the text's words. */
    public static boolean delayed(Milestone milestone) {
        return MilestoneDelay.delayed(milestone.significantlyDelayed(), milestone.statedDelay());
    }

    /** The delivery's milestones that count and are delayed. */
    public static List<Milestone> delayedOf(Delivery delivery) {
        return counted(delivery.milestones()).stream().filter(DeliveryDelays::delayed).toList();
    }

    /** After the upgrade that introduced the counts, the deliveries already in the view get theirs. */
    void computeMissing(@Observes StartupEvent start) {
        int counted = QuarkusTransaction.requiringNew().call(() -> {
            List<DeliveryView> missing = DeliveryView.list("developmentMilestones is null");
            missing.forEach(DeliveryDelays::count);
            return missing.size();
        });
        if (counted > 0) {
            LOG.infof("Counted the delayed milestones of %d deliveries", counted);
        }
    }
}
