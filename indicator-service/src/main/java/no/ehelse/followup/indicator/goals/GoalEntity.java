package no.ehelse.followup.indicator.goals;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import no.ehelse.followup.events.indicator.Goal;
import no.ehelse.followup.events.indicator.GoalKind;

@Entity
@Table(name = "goal")
public class GoalEntity extends PanacheEntityBase {

    @Id
    public String id;

    @Enumerated(EnumType.STRING)
    public GoalKind kind;

    public String name;

    public String description;

    /** The aggregate version: bumped with every change, carried by its events. */
    public long version;

    static GoalEntity create(String id) {
        GoalEntity goal = new GoalEntity();
        goal.id = id;
        return goal;
    }

    public Goal toGoal() {
        return new Goal(id, kind, name, description, version);
    }
}
