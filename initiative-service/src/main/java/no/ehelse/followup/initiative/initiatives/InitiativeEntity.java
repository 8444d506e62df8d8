package no.ehelse.followup.initiative.initiatives;

import java.time.Instant;
import java.time.LocalDate;
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
import no.ehelse.followup.events.initiative.FormerOwner;
import no.ehelse.followup.events.initiative.Initiative;
import no.ehelse.followup.events.initiative.Lifecycle;
import no.ehelse.followup.events.initiative.Owner;
import no.ehelse.followup.events.initiative.Ownership;
import no.ehelse.followup.events.initiative.StatusSource;

/** An initiative as the admin defined it; status source, owners and related ids are value objects kept as JSON. */
@Entity
@Table(name = "initiative")
public class InitiativeEntity extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "goal_id")
    public String goalId;

    public String name;

    public String description;

    public String rationale;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "status_source")
    public StatusSource statusSource;

    @Enumerated(EnumType.STRING)
    public Ownership ownership;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Owner> owners = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "former_owners")
    public List<FormerOwner> formerOwners = new ArrayList<>();

    @Column(name = "related_indicators_inferred")
    public boolean relatedIndicatorsInferred;

    @Column(name = "owner_text")
    public String ownerText;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "related_indicator_ids")
    public List<String> relatedIndicatorIds = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "related_sub_goal_ids")
    public List<String> relatedSubGoalIds = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public Lifecycle lifecycle;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @Column(name = "lifecycle_changed_at")
    public Instant lifecycleChangedAt;

    @Column(name = "reports_per_year")
    public int reportsPerYear;

    @Column(name = "defined_at")
    public Instant definedAt;

    public long version;

    static InitiativeEntity create(String id, Instant now) {
        InitiativeEntity initiative = new InitiativeEntity();
        initiative.id = id;
        initiative.definedAt = now;
        initiative.lifecycleChangedAt = now;
        return initiative;
    }

    public Initiative toInitiative() {
        return new Initiative(id, goalId, name, description, rationale, statusSource, ownership, List.copyOf(owners),
                ownerText, List.copyOf(relatedIndicatorIds), List.copyOf(relatedSubGoalIds), lifecycle, startDate, endDate,
                lifecycleChangedAt, reportsPerYear, definedAt, version, List.copyOf(formerOwners), relatedIndicatorsInferred);
    }
}
