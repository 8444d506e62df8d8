package no.ehelse.followup.reporting.consumer;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The newest version of each aggregate the view has applied. */
@Entity
@Table(name = "aggregate_version")
public class AggregateVersion extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "aggregate_type") String aggregateType,
            @Column(name = "aggregate_id") String aggregateId) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    public long version;
}
