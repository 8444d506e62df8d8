package no.ehelse.followup.initiative;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import no.ehelse.followup.contract.initiative.Initiative;

@Entity
@Table(name = "initiative")
public class InitiativeEntity extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "goal_id")
    public String goalId;

    public String name;

    public String description;

    public long version;

    public Initiative toInitiative() {
        return new Initiative(id, goalId, name, description, version);
    }
}
