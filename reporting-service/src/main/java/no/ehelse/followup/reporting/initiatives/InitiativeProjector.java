package no.ehelse.followup.reporting.initiatives;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import no.ehelse.followup.events.EventEnvelope;
import no.ehelse.followup.events.initiative.Initiative;
import no.ehelse.followup.events.initiative.InitiativeEvents;
import no.ehelse.followup.events.initiative.StatusReport;
import no.ehelse.followup.reporting.consumer.AggregateProjector;
import no.ehelse.followup.reporting.consumer.PoisonEventException;
import no.ehelse.followup.rules.period.ReportingPeriod;

/** Keeps initiatives and the current revision of each status report from {@code initiative-events}. */
@ApplicationScoped
public class InitiativeProjector extends AggregateProjector {

    public InitiativeProjector() {
        super(Set.of(InitiativeEvents.INITIATIVE, InitiativeEvents.STATUS_REPORT),
                List.of("initiative_view", "status_report_view"));
    }

    @Override
    public void apply(EventEnvelope event) {
        switch (event.aggregateType()) {
            case InitiativeEvents.INITIATIVE -> initiative(event, payloads.read(event, Initiative.class));
            case InitiativeEvents.STATUS_REPORT -> statusReport(event, payloads.read(event, StatusReport.class));
            default -> throw new IllegalArgumentException(event.aggregateType());
        }
    }

    private static void initiative(EventEnvelope event, Initiative initiative) {
        if (initiative.id() == null || initiative.goalId() == null || initiative.lifecycle() == null
                || initiative.owners() == null) {
            throw new PoisonEventException(event.type() + " without id, goalId, lifecycle or owners", null);
        }
        InitiativeView view = InitiativeView.findById(initiative.id());
        if (view == null) {
            view = new InitiativeView();
            view.id = initiative.id();
        }
        view.goalId = initiative.goalId();
        view.definition = initiative;
        view.persist();
    }

    private static void statusReport(EventEnvelope event, StatusReport report) {
        if (report.initiativeId() == null || report.owner() == null || report.overallStatus() == null) {
            throw new PoisonEventException(event.type() + " without initiativeId, owner or overallStatus", null);
        }
        ReportingPeriod period;
        try {
            period = ReportingPeriod.parse(report.period());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new PoisonEventException("status report period: " + e.getMessage(), e);
        }
        StatusReportView.Key key = new StatusReportView.Key(report.initiativeId(), period.toString(), report.owner());
        StatusReportView view = StatusReportView.findById(key);
        if (view == null) {
            view = new StatusReportView();
            view.key = key;
        }
        view.periodStart = period.start();
        view.periodEnd = period.end();
        view.report = report;
        view.persist();
    }
}
