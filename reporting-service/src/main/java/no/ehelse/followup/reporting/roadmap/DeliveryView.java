package no.ehelse.followup.reporting.roadmap;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import no.ehelse.followup.events.roadmap.Delivery;

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
}
