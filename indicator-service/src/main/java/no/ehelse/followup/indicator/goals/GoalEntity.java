package no.ehelse.followup.indicator.goals;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import no.ehelse.followup.events.indicator.Goal;
import no.ehelse.followup.events.indicator.GoalBenefit;
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

    @Enumerated(EnumType.STRING)
    public GoalBenefit benefit;

    /** «Frem mot 2030 skal vi oppnå», as the strategy words each. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> ambitions = new ArrayList<>();

    /** The aggregate version: bumped with every change, carried by its events. */
    public long version;

    static GoalEntity create(String id) {
        GoalEntity goal = new GoalEntity();
        goal.id = id;
        return goal;
    }

    public Goal toGoal() {
        return new Goal(id, kind, name, description, version, benefit, List.copyOf(ambitions));
    }
}
