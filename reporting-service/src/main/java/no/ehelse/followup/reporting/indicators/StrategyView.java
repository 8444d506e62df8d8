package no.ehelse.followup.reporting.indicators;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import no.ehelse.followup.events.indicator.IndicatorEvents;
import no.ehelse.followup.events.indicator.Strategy;

/** The strategy with its vision, as its latest event published it. */
@Entity
@Table(name = "strategy_view")
public class StrategyView extends PanacheEntityBase {

    @Id
    public String id;

    public String name;

    public String vision;

    @Column(name = "from_year")
    public int fromYear;

    @Column(name = "to_year")
    public int toYear;

    public long version;

    /** The strategy, or null before its event arrived. */
    public static Strategy current() {
        StrategyView view = findById(IndicatorEvents.STRATEGY_ID);
        return view == null ? null : new Strategy(view.name, view.vision, view.fromYear, view.toYear, view.version);
    }
}
