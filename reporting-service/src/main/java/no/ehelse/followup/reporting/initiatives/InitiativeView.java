package no.ehelse.followup.reporting.initiatives;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import no.ehelse.followup.events.initiative.Initiative;

/** An initiative's latest definition as its events published it. */
@Entity
@Table(name = "initiative_view")
public class InitiativeView extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "goal_id")
    public String goalId;

    @JdbcTypeCode(SqlTypes.JSON)
    public Initiative definition;
}
