package no.ehelse.followup.roadmap.milestones;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import no.ehelse.followup.events.EventActor;
import no.ehelse.followup.events.roadmap.MilestoneChange;
import no.ehelse.followup.events.roadmap.MilestoneChangeKind;

/** A change of a milestone's forecast or actual date; never changed, so dates can be read as of any day. */
@Entity
@Table(name = "milestone_change")
public class MilestoneChangeEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "milestone_id")
    public Long milestoneId;

    @Enumerated(EnumType.STRING)
    public MilestoneChangeKind kind;

    public LocalDate date;

    @Column(name = "previous_date")
    public LocalDate previousDate;

    public String reason;

    @Column(name = "changed_at")
    public Instant changedAt;

    @Column(name = "changed_by_organisation")
    public String changedByOrganisation;

    @Column(name = "changed_by_client")
    public String changedByClient;

    public MilestoneChange toChange() {
        return new MilestoneChange(kind, date, previousDate, reason, changedAt,
                new EventActor(changedByOrganisation, changedByClient));
    }
}
