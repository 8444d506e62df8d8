package no.ehelse.followup.roadmap.deliveries;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import no.ehelse.followup.events.initiative.FormerOwner;
import no.ehelse.followup.events.roadmap.Actor;
import no.ehelse.followup.events.roadmap.Delivery;
import no.ehelse.followup.events.roadmap.ParticipantRole;
import no.ehelse.followup.events.roadmap.Phase;
import no.ehelse.followup.platform.problem.ProblemException;

/**
 * A delivery: the root of the aggregate that also holds its progress reports and milestones. Every
 * change to any of them locks this row and bumps its version. Owner, participants and timeline
 * are value objects kept as JSON.
 */
@Entity
@Table(name = "delivery")
public class DeliveryEntity extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "sub_goal_id")
    public String subGoalId;

    public String name;

    public String description;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "national_owner")
    public Actor nationalOwner;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Actor> participants = new ArrayList<>();

    public boolean prioritised;

    @Column(name = "priority_rank")
    public Integer priorityRank;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<PlannedSegment> timeline = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "national_phase")
    public Phase nationalPhase;

    /** Derived by the majority rule whenever progress or participants change; kept for filtering. */
    @Enumerated(EnumType.STRING)
    @Column(name = "majority_phase")
    public Phase majorityPhase;

    /** Derived: the majority phase, else the national phase. */
    @Enumerated(EnumType.STRING)
    public Phase phase;

    /** Why the work is paused, in the roadmap's words; null when it is not. */
    @Column(name = "paused_reason")
    public String pausedReason;

    /** Owners beside the national owner, who leads. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "co_owners")
    public List<Actor> coOwners = new ArrayList<>();

    /** National owners until a date, oldest first. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "former_owners")
    public List<FormerOwner> formerOwners = new ArrayList<>();

    /** Other sub-goals it is under besides its own, by id. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "also_under_sub_goals")
    public List<String> alsoUnderSubGoals = new ArrayList<>();

    /** The sub-goals it is under: its own first, then the others. */
    public List<String> underSubGoals() {
        return Delivery.underSubGoals(subGoalId, alsoUnderSubGoals);
    }

    /** The participants' roles where the roadmap states any, by the actor's key. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "participant_roles")
    public Map<String, List<ParticipantRole>> participantRoles = new TreeMap<>();

    /** Deliveries that must be in place for this one, by id. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> prerequisites = new ArrayList<>();

    @Column(name = "defined_at")
    public Instant definedAt;

    /** Set when the delivery is dropped from the roadmap; the row stays for history and editions. */
    @Column(name = "removed_at")
    public Instant removedAt;

    public long version;

    /** A delivery that is in the roadmap, or 404. */
    public static DeliveryEntity findActive(String id) {
        return active(id, findByIdOptional(id));
    }

    /** Locks a delivery that is in the roadmap for the rest of the transaction: its writers queue up. */
    public static DeliveryEntity lockActive(String id) {
        return active(id, findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE));
    }

    private static DeliveryEntity active(String id, Optional<DeliveryEntity> delivery) {
        DeliveryEntity found = delivery.orElseThrow(() -> ProblemException.notFound("Delivery " + id));
        if (found.removedAt != null) {
            throw ProblemException.notFound("Delivery " + id + " (removed from the roadmap at " + found.removedAt + ")");
        }
        return found;
    }

    /** The participant that {@code actor} names: its organisation number, or its name (case-insensitive). */
    public Optional<Actor> participant(String actor) {
        return participants.stream()
                .filter(p -> actor.equals(p.organisationNumber()) || actor.equalsIgnoreCase(p.name()))
                .findFirst();
    }

    public boolean isNationalOwner(String organisation) {
        return organisation != null && nationalOwner != null && organisation.equals(nationalOwner.organisationNumber());
    }

    /** Who the national phases are recorded for: the national owner, or the delivery as such when none is named. */
    public String nationalKey() {
        return nationalOwner != null ? nationalOwner.key() : NATIONAL;
    }

    /** The progress key of national phases of a delivery without a named national owner. */
    public static final String NATIONAL = "(nasjonalt)";

    /** The national owner's name for messages. */
    public String nationalOwnerName() {
        return nationalOwner != null ? nationalOwner.name() : "not named; the admin";
    }
}
