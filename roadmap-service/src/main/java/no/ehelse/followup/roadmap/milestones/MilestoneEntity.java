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
import no.ehelse.followup.events.roadmap.Certainty;
import no.ehelse.followup.events.roadmap.Phase;
import no.ehelse.followup.platform.problem.ProblemException;

/**
 * A milestone of a delivery. Its baseline date and phase never change (the database refuses it
 * too); forecast and actual dates change with a history of who, when and why.
 */
@Entity
@Table(name = "milestone")
public class MilestoneEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "delivery_id")
    public String deliveryId;

    /** The admin-chosen id within the delivery, e.g. {@code sfm-legevakt}. */
    public String slug;

    public String name;

    @Enumerated(EnumType.STRING)
    public Phase phase;

    public String deliverable;

    public String text;

    @Column(name = "baseline_date")
    public LocalDate baselineDate;

    @Column(name = "forecast_date")
    public LocalDate forecastDate;

    @Column(name = "actual_date")
    public LocalDate actualDate;

    /** Reached, but the day is not known: actualDate is the latest it can have been. */
    @Column(name = "actual_day_unknown")
    public boolean actualDayUnknown;

    @Enumerated(EnumType.STRING)
    public Certainty certainty = Certainty.PLANNED;

    /** The first day of the period the text gives; null when it gives a day (the baseline). */
    @Column(name = "earliest_date")
    public LocalDate earliestDate;

    /** A delay the text states without a new date. */
    @Column(name = "stated_delay")
    public String statedDelay;

    @Column(name = "defined_at")
    public Instant definedAt;

    @Column(name = "removed_at")
    public Instant removedAt;

    /** The milestone of the delivery with this id, removed or not; null when there is none. */
    public static MilestoneEntity bySlug(String deliveryId, String slug) {
        return find("deliveryId = ?1 and slug = ?2", deliveryId, slug).firstResult();
    }

    /** A milestone of the delivery that has not been removed, or 404. */
    public static MilestoneEntity findActive(String deliveryId, String slug) {
        MilestoneEntity milestone = bySlug(deliveryId, slug);
        if (milestone == null || milestone.removedAt != null) {
            throw ProblemException.notFound("Milestone " + slug + " of delivery " + deliveryId);
        }
        return milestone;
    }
}
