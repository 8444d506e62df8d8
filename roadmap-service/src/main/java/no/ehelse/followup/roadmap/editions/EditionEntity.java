package no.ehelse.followup.roadmap.editions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import no.ehelse.followup.events.EventActor;
import no.ehelse.followup.events.roadmap.Edition;
import no.ehelse.followup.events.roadmap.EditionDelivery;
import no.ehelse.followup.events.roadmap.EditionStatus;

/** A frozen edition: written once, never updated (the database refuses it too). */
@Entity
@Immutable
@Table(name = "edition")
public class EditionEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String name;

    @Column(name = "approved_by")
    public String approvedBy;

    @Column(name = "approved_on")
    public LocalDate approvedOn;

    @Enumerated(EnumType.STRING)
    public EditionStatus status;

    public String description;

    @Column(name = "frozen_at")
    public Instant frozenAt;

    @Column(name = "frozen_by_organisation")
    public String frozenByOrganisation;

    @Column(name = "frozen_by_client")
    public String frozenByClient;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<EditionDelivery> deliveries;

    public Edition toEdition() {
        return new Edition(id, name, approvedBy, approvedOn, description, frozenAt,
                new EventActor(frozenByOrganisation, frozenByClient), List.copyOf(deliveries), status);
    }

    public EditionSummary toSummary() {
        return new EditionSummary(id, name, status, approvedBy, approvedOn, description, frozenAt, deliveries.size());
    }
}
