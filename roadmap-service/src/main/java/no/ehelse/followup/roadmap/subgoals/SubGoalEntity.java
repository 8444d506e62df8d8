package no.ehelse.followup.roadmap.subgoals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import no.ehelse.followup.events.roadmap.SubGoal;

@Entity
@Table(name = "sub_goal")
public class SubGoalEntity extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "goal_id")
    public String goalId;

    public String name;

    public String description;

    @Column(name = "initiative_id")
    public String initiativeId;

    /** The aggregate version: bumped with every change, carried by its events. */
    public long version;

    static SubGoalEntity create(String id) {
        SubGoalEntity subGoal = new SubGoalEntity();
        subGoal.id = id;
        return subGoal;
    }

    public SubGoal toSubGoal() {
        return new SubGoal(id, goalId, name, description, initiativeId, version);
    }
}
