package no.ehelse.followup.reporting.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import no.ehelse.followup.events.roadmap.Delivery;
import no.ehelse.followup.events.roadmap.Participant;
import no.ehelse.followup.events.roadmap.TimelineSegment;
import no.ehelse.followup.platform.problem.ProblemException;
import no.ehelse.followup.platform.time.Today;
import no.ehelse.followup.reporting.indicators.MeasurementView;
import no.ehelse.followup.reporting.initiatives.InitiativeStatus;
import no.ehelse.followup.reporting.initiatives.InitiativeStatusQueries;
import no.ehelse.followup.reporting.roadmap.DeliveryView;
import no.ehelse.followup.reporting.roadmap.RoadmapQueries;
import no.ehelse.followup.rules.initiative.LatestReport;
import no.ehelse.followup.rules.initiative.OverdueReport;
import no.ehelse.followup.rules.initiative.Owners;
import no.ehelse.followup.rules.organisation.OrganisationNumber;

/**
 * Gathers one organisation's part in the follow-up: the database selects what it reports, owns and
 * takes part in, so only that is read and assessed.
 */
@ApplicationScoped
public class ActorQueries {

    public static final String RULE = "An organisation reports an indicator that lists it among its reporters, owns an "
            + "initiative that lists it among its owners, and takes part in a delivery as its national owner or a "
            + "participant. It is late with a status report by the initiatives' reporting calendar, and with a progress "
            + "report when a delivery it participates in has a planned timeline segment of phase 3 or later that has "
            + "begun while it has reported no phase. 404 when the organisation has no part in anything. Bounded: the "
            + "deliveries and the missing progress reports list at most the first " + ActorQueries.LISTED + " each, "
            + "beside their counts.";

    /** How many deliveries, and deliveries missing a progress report, the document lists. */
    public static final int LISTED = 50;

    @Inject
    EntityManager entityManager;

    @Inject
    InitiativeStatusQueries initiatives;

    @Inject
    RoadmapQueries roadmap;

    @Inject
    Today clock;

    public ActorStatus actor(String organisationNumber) {
        if (!OrganisationNumber.isValid(organisationNumber)) {
            throw ProblemException.invalid("orgnr", "is not a valid organisation number (9 digits, mod-11 check digit)");
        }
        LocalDate today = clock.date();
        List<ActorStatus.ReportedIndicator> reported = reported(organisationNumber);
        List<ActorStatus.OwnedInitiative> owned = new ArrayList<>();
        List<OverdueReport> overdue = new ArrayList<>();
        String name = null;
        for (InitiativeStatus initiative : initiatives.ownedBy(organisationNumber)) {
            name = Objects.requireNonNullElse(name, Owners.nameOf(initiative.initiative(), organisationNumber));
            Optional<OverdueReport> late = initiative.reporting().overdueReports().stream()
                    .filter(report -> organisationNumber.equals(report.owner())).findFirst();
            late.ifPresent(overdue::add);
            LatestReport latest = initiative.currentStatus().latestReports().stream()
                    .filter(report -> organisationNumber.equals(report.owner())).findFirst().orElse(null);
            owned.add(new ActorStatus.OwnedInitiative(initiative.initiative().id(), initiative.initiative().name(),
                    initiative.currentStatus().overallStatus(), latest, late.isPresent()));
        }
        List<ActorStatus.DeliveryRole> deliveries = new ArrayList<>();
        List<String> missingProgress = new ArrayList<>();
        for (DeliveryView view : roadmap.ofOrganisation(organisationNumber)) {
            Delivery delivery = view.state;
            boolean owner = delivery.nationalOwner() != null
                    && organisationNumber.equals(delivery.nationalOwner().organisationNumber());
            Participant participant = delivery.participants().stream()
                    .filter(p -> organisationNumber.equals(p.organisationNumber())).findFirst().orElse(null);
            if (!owner && participant == null) {
                continue;
            }
            if (name == null) {
                name = owner ? delivery.nationalOwner().name() : participant.name();
            }
            boolean reportedPhase = participant != null && participant.progress() != null;
            deliveries.add(new ActorStatus.DeliveryRole(delivery.id(), delivery.name(), delivery.subGoalId(), owner,
                    participant != null, delivery.phase(), reportedPhase ? participant.progress().phase() : null,
                    reportedPhase ? participant.progress().asOf() : null));
            if (participant != null && !reportedPhase && localPhasesBegun(delivery, today)) {
                missingProgress.add(delivery.id());
            }
        }
        if (reported.isEmpty() && owned.isEmpty() && deliveries.isEmpty()) {
            throw ProblemException.notFound("Organisation " + organisationNumber + " in the follow-up");
        }
        return new ActorStatus(organisationNumber, name, reported, owned, first(deliveries), deliveries.size(), overdue,
                first(missingProgress), missingProgress.size());
    }

    private static <T> List<T> first(List<T> all) {
        return List.copyOf(all.subList(0, Math.min(LISTED, all.size())));
    }

    /**
     * The indicators listing the organisation among their reporters, each with the latest period it reported:
     * one index lookup per indicator, however many measurements it has reported.
     */
    private List<ActorStatus.ReportedIndicator> reported(String organisationNumber) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select i.id, i.name, m.period, m.reported_at from indicator_view i
                left join lateral (select period, reported_at from measurement_view
                                   where indicator_id = i.id and reported_by = :orgnr
                                   order by period_end desc, period_start desc, reported_at desc limit 1) m on true
                where jsonb_exists(i.definition -> 'reporters', :orgnr)
                order by i.id""")
                .setParameter("orgnr", organisationNumber).getResultList();
        return rows.stream().map(row -> new ActorStatus.ReportedIndicator((String) row[0], (String) row[1],
                (String) row[2], MeasurementView.instant(row[3]))).toList();
    }

    /** From phase 3 on each participant reports its own phase; before the plan reaches it, nobody is late. */
    private static boolean localPhasesBegun(Delivery delivery, LocalDate today) {
        return delivery.timeline().stream()
                .filter(segment -> segment.phase() != null && !segment.phase().isNational())
                .map(TimelineSegment::start)
                .anyMatch(start -> start != null && !start.isAfter(today));
    }
}
