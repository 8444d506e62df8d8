package no.ehelse.followup.reporting.roadmap;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import no.ehelse.followup.events.roadmap.Delivery;
import no.ehelse.followup.events.roadmap.Phase;

/**
 * A delivery's latest state as its events published it: participants with their progress, the phase
 * by the majority rule, milestones with their delays.
 */
@Entity
@Table(name = "delivery_view")
public class DeliveryView extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "sub_goal_id")
    public String subGoalId;

    /** Its sub-goal's goal, kept when the sub-goal's event arrives later. */
    @Column(name = "goal_id")
    public String goalId;

    @JdbcTypeCode(SqlTypes.JSON)
    public Delivery state;

    /** A milestone of it is significantly delayed: what the goal's assessment counts. */
    @Column(name = "significantly_delayed")
    public boolean significantlyDelayed;

    @Column(name = "has_milestones")
    public boolean hasMilestones;

    /** The delivery's phase by the majority rule, as in its state. */
    @Enumerated(EnumType.STRING)
    public Phase phase;

    /** What indicators 5.2 and 5.3 count of its milestones ({@link DeliveryDelays}); null until counted. */
    @Column(name = "development_milestones")
    public Integer developmentMilestones;

    @Column(name = "development_delayed")
    public Integer developmentDelayed;

    @Column(name = "introduction_milestones")
    public Integer introductionMilestones;

    @Column(name = "introduction_delayed")
    public Integer introductionDelayed;
}
