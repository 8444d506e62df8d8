package no.ehelse.followup.indicator.strategy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import no.ehelse.followup.events.indicator.IndicatorEvents;
import no.ehelse.followup.events.indicator.Strategy;

/** The strategy the goals belong to: one row. */
@Entity
@Table(name = "strategy")
public class StrategyEntity extends PanacheEntityBase {

    @Id
    public String id;

    public String name;

    public String vision;

    @Column(name = "from_year")
    public int fromYear;

    @Column(name = "to_year")
    public int toYear;

    /** The aggregate version: bumped with every change, carried by its events. */
    public long version;

    static StrategyEntity create() {
        StrategyEntity strategy = new StrategyEntity();
        strategy.id = IndicatorEvents.STRATEGY_ID;
        return strategy;
    }

    Strategy toStrategy() {
        return new Strategy(name, vision, fromYear, toYear, version);
    }
}
