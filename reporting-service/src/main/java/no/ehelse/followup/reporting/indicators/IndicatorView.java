package no.ehelse.followup.reporting.indicators;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import no.ehelse.followup.events.indicator.Indicator;

/** An indicator's latest definition as its events published it. */
@Entity
@Table(name = "indicator_view")
public class IndicatorView extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "goal_id")
    public String goalId;

    @Column(name = "parent_id")
    public String parentId;

    public String name;

    @JdbcTypeCode(SqlTypes.JSON)
    public Indicator definition;

    /** Null until computed from the measurements (by the projector, or at start after the upgrade to it). */
    @JdbcTypeCode(SqlTypes.JSON)
    public IndicatorSummary summary;
}
