package no.ehelse.followup.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import no.ehelse.followup.events.EventActor;
import no.ehelse.followup.events.initiative.Assessments;
import no.ehelse.followup.events.initiative.Initiative;
import no.ehelse.followup.events.initiative.Lifecycle;
import no.ehelse.followup.events.initiative.Owner;
import no.ehelse.followup.events.initiative.Ownership;
import no.ehelse.followup.events.initiative.StatusReport;
import no.ehelse.followup.events.initiative.StatusSource;
import no.ehelse.followup.events.initiative.StatusSourceKind;
import no.ehelse.followup.events.initiative.TrafficLight;
import no.ehelse.followup.events.roadmap.Actor;
import no.ehelse.followup.events.roadmap.ActorProgress;
import no.ehelse.followup.events.roadmap.Certainty;
import no.ehelse.followup.events.roadmap.Delivery;
import no.ehelse.followup.events.roadmap.Milestone;
import no.ehelse.followup.events.roadmap.Participant;
import no.ehelse.followup.events.roadmap.Phase;
import no.ehelse.followup.events.roadmap.SubGoal;
import no.ehelse.followup.events.roadmap.TimelineSegment;
import no.ehelse.followup.rules.period.ReportingPeriod;

/** Payloads of initiative and roadmap events as initiative-service and roadmap-service publish them. */
final class FollowUpPayloads {

    static final int SIGNIFICANT_DELAY_DAYS = 90;
    private static final Instant DEFINED = Instant.parse("2025-01-01T08:00:00Z");

    private FollowUpPayloads() {
    }

    /** An ACTIVE initiative reported on per tertial, followed up here since 1 January 2025. */
    static Initiative initiative(String id, String name, Owner... owners) {
        return new Initiative(id, id.substring(0, 1), name, null, null,
                new StatusSource(StatusSourceKind.NATIONAL_PORTFOLIO, "Nasjonal portefølje"),
                owners.length == 0 ? Ownership.SEVERAL : Ownership.SETTLED, List.of(owners), null, List.of(), List.of(),
                Lifecycle.ACTIVE, LocalDate.of(2023, 1, 1), null, DEFINED, 3, DEFINED, 1);
    }

    static Owner owner(String organisationNumber, String name) {
        return new Owner(organisationNumber, name);
    }

    static StatusReport report(String initiativeId, String period, String owner, int revision, TrafficLight status) {
        ReportingPeriod parsed = ReportingPeriod.parse(period);
        return new StatusReport(initiativeId, period, parsed.start(), parsed.end(), owner, null, revision, true, status, Assessments.NONE,
                status == TrafficLight.GREEN ? null : "Avvik i framdrift", null, null, null, 50, Instant.now(),
                new EventActor(owner, "test"));
    }

    static SubGoal subGoal(String id, String name) {
        return new SubGoal(id, id.substring(0, 1), name, null, null, 1);
    }

    static Participant participant(String organisationNumber, String name, Phase reported) {
        return new Participant(organisationNumber, name, reported == null ? null
                : new ActorProgress(reported, LocalDate.of(2025, 6, 30), null, null, null, Instant.now(),
                        new EventActor(organisationNumber, "test")));
    }

    static TimelineSegment segment(Phase phase, String from, String to, Certainty certainty) {
        return new TimelineSegment(phase, from, to, certainty, null, ReportingPeriod.parse(from).start(),
                ReportingPeriod.parse(to).end());
    }

    /** A milestone with its delay as roadmap-service computes it: forecast − baseline, significant above 90 days. */
    static Milestone milestone(String id, Phase phase, String baseline, String forecast) {
        LocalDate baselineDate = LocalDate.parse(baseline);
        LocalDate forecastDate = LocalDate.parse(forecast);
        long delay = ChronoUnit.DAYS.between(baselineDate, forecastDate);
        return new Milestone(id, id, phase, null, null, baselineDate, forecastDate, null, false, delay,
                delay > SIGNIFICANT_DELAY_DAYS, DEFINED, List.of());
    }

    /** A milestone as above with a certainty and a delay the text states (null for none). */
    static Milestone milestone(String id, Phase phase, String baseline, String forecast, Certainty certainty,
            String statedDelay) {
        Milestone m = milestone(id, phase, baseline, forecast);
        return new Milestone(m.id(), m.name(), m.phase(), m.deliverable(), m.text(), m.baselineDate(), m.forecastDate(),
                m.actualDate(), m.reached(), m.delayDays(), m.significantlyDelayed(), m.definedAt(), m.history(), certainty,
                null, statedDelay);
    }

    static Delivery delivery(String id, String subGoalId, Phase phase, List<Participant> participants,
            List<TimelineSegment> timeline, List<Milestone> milestones, long version) {
        return new Delivery(id, subGoalId, id, null, new Actor(null, "Helsedirektoratet"), participants, false, null,
                timeline, phase.isNational() ? phase : Phase.DEVELOPMENT_LIMITED_TRIAL, phase.isNational() ? null : phase, phase, milestones,
                SIGNIFICANT_DELAY_DAYS, milestones.stream().anyMatch(Milestone::significantlyDelayed), DEFINED, null,
                version);
    }

    static Delivery removed(Delivery delivery) {
        return new Delivery(delivery.id(), delivery.subGoalId(), delivery.name(), delivery.description(),
                delivery.nationalOwner(), delivery.participants(), delivery.prioritised(), delivery.priorityRank(),
                delivery.timeline(), delivery.nationalPhase(), delivery.majorityPhase(), delivery.phase(),
                delivery.milestones(), delivery.significantDelayDays(), delivery.significantlyDelayed(),
                delivery.definedAt(), Instant.now(), delivery.version() + 1);
    }

    /** The delivery, also under other sub-goals besides its own. */
    static Delivery alsoUnder(Delivery delivery, List<String> subGoals) {
        return new Delivery(delivery.id(), delivery.subGoalId(), delivery.name(), delivery.description(),
                delivery.nationalOwner(), delivery.participants(), delivery.prioritised(), delivery.priorityRank(),
                delivery.timeline(), delivery.nationalPhase(), delivery.majorityPhase(), delivery.phase(),
                delivery.milestones(), delivery.significantDelayDays(), delivery.significantlyDelayed(),
                delivery.definedAt(), delivery.removedAt(), delivery.version(), delivery.pausedReason(),
                delivery.coOwners(), delivery.formerOwners(), delivery.prerequisites(), subGoals);
    }
}
