package no.ehelse.followup.reporting.roadmap;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import no.ehelse.followup.events.roadmap.SubGoal;

/** A roadmap sub-goal's latest definition as its events published it. */
@Entity
@Table(name = "sub_goal_view")
public class SubGoalView extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "goal_id")
    public String goalId;

    @JdbcTypeCode(SqlTypes.JSON)
    public SubGoal definition;

    /** A sub-goal's goal: from its event, or from its id (2.B belongs to goal 2) before that has arrived. */
    public static String goalOf(String subGoalId) {
        SubGoalView subGoal = findById(subGoalId);
        return subGoal != null ? subGoal.goalId : goalOfId(subGoalId);
    }

    static String goalOfId(String subGoalId) {
        int dot = subGoalId.indexOf('.');
        return dot > 0 ? subGoalId.substring(0, dot) : subGoalId;
    }
}
