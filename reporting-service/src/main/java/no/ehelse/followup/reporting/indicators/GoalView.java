package no.ehelse.followup.reporting.indicators;

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
import no.ehelse.followup.events.indicator.GoalBenefit;
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

    @Enumerated(EnumType.STRING)
    public GoalBenefit benefit;

    /** «Frem mot 2030 skal vi oppnå». */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> ambitions = new ArrayList<>();
}
