package no.ehelse.followup.indicator.indicators;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import no.ehelse.followup.events.indicator.Baseline;
import no.ehelse.followup.events.indicator.Direction;
import no.ehelse.followup.events.indicator.Indicator;
import no.ehelse.followup.events.indicator.IndicatorStatus;
import no.ehelse.followup.events.indicator.IndicatorType;
import no.ehelse.followup.events.indicator.Target;
import no.ehelse.followup.events.indicator.Unit;

/** An indicator; unit, baseline and targets are value objects kept as JSON. */
@Entity
@Table(name = "indicator")
public class IndicatorEntity extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "goal_id")
    public String goalId;

    @Column(name = "parent_id")
    public String parentId;

    public String name;

    public String purpose;

    @JdbcTypeCode(SqlTypes.JSON)
    public Unit unit;

    @Enumerated(EnumType.STRING)
    public IndicatorType type;

    @Enumerated(EnumType.STRING)
    public Direction direction;

    public String method;

    @Column(name = "data_source")
    public String dataSource;

    /** Organisation numbers allowed to report measurements. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> reporters = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public IndicatorStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    public Baseline baseline;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Target> targets = new ArrayList<>();

    /** The id is derived for a child the plan lists without a number, not the plan's own. */
    @Column(name = "derived_id")
    public boolean derivedId;

    public long version;

    static IndicatorEntity create(String id) {
        IndicatorEntity indicator = new IndicatorEntity();
        indicator.id = id;
        return indicator;
    }

    public Indicator toIndicator() {
        return new Indicator(id, goalId, parentId, name, purpose, unit, type, direction, method, dataSource,
                List.copyOf(reporters), status, baseline, List.copyOf(targets), version, derivedId);
    }
}
