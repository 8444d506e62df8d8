package no.ehelse.followup.reporting.indicators;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import no.ehelse.followup.events.indicator.GoalKind;

@Entity
@Table(name = "goal_view")
public class GoalView extends PanacheEntityBase {

    @Id
    public String id;

    @Enumerated(EnumType.STRING)
    public GoalKind kind;

    public String name;

    public String description;
}
