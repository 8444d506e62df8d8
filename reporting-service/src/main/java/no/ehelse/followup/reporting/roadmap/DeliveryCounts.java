package no.ehelse.followup.reporting.roadmap;

/**
 * A goal's deliveries as its assessment counts them, added up in the database from what each delivery's
 * event left in the view.
 *
 * @param deliveries       deliveries of the goal's roadmap sub-goals
 * @param delayed          of which with a significantly delayed milestone
 * @param onPlanMilestones of which with milestones and none significantly delayed
 */
public record DeliveryCounts(int deliveries, int delayed, int onPlanMilestones) {

    public static final DeliveryCounts NONE = new DeliveryCounts(0, 0, 0);
}
