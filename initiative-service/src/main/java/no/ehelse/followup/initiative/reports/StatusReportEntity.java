package no.ehelse.followup.initiative.reports;

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

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import no.ehelse.followup.events.EventActor;
import no.ehelse.followup.events.initiative.Assessments;
import no.ehelse.followup.events.initiative.InitiativeEvents;
import no.ehelse.followup.events.initiative.StatusReport;
import no.ehelse.followup.events.initiative.TrafficLight;
import no.ehelse.followup.platform.series.Revision;
import no.ehelse.followup.platform.series.Series;

/** One revision of the status report of (initiative, period, owner). */
@Entity
@Table(name = "status_report")
public class StatusReportEntity extends PanacheEntityBase implements Revision<StatusReportKey, StatusContent> {

    /** Status reports as a revisioned series, published as {@link InitiativeEvents#STATUS_REPORT} events. */
    static final Series<StatusReportKey, StatusContent, StatusReportEntity> SERIES = new Series<>(
            StatusReportEntity.class, "status_report", List.of("initiative_id", "period", "owner"),
            InitiativeEvents.STATUS_REPORT,
            key -> InitiativeEvents.statusReportId(key.initiativeId(), key.period(), key.owner()),
            InitiativeEvents.STATUS_REPORT_SUBMITTED, InitiativeEvents.STATUS_REPORT_CORRECTED,
            InitiativeEvents.SCHEMA_VERSION, StatusReportEntity::toStatusReport);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "initiative_id")
    public String initiativeId;

    public String period;

    @Column(name = "period_start")
    public LocalDate periodStart;

    @Column(name = "period_end")
    public LocalDate periodEnd;

    /** Organisation number of the owner the report is for. */
    public String owner;

    @Column(name = "owner_name")
    public String ownerName;

    public int revision;

    public boolean current;

    @Enumerated(EnumType.STRING)
    @Column(name = "overall_status")
    public TrafficLight overallStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope_status")
    public TrafficLight scopeStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "schedule_status")
    public TrafficLight scheduleStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "cost_status")
    public TrafficLight costStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "benefits_status")
    public TrafficLight benefitsStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_status")
    public TrafficLight riskStatus;

    public String summary;

    public String risks;

    public String dependencies;

    @Column(name = "next_steps")
    public String nextSteps;

    @Column(name = "progress_percent")
    public Integer progressPercent;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "submitted_by_organisation")
    public String submittedByOrganisation;

    @Column(name = "submitted_by_client")
    public String submittedByClient;

    /** HelseID's orgnr_child: the owner's sub-unit that submitted, when the token names one. */
    @Column(name = "submitted_by_child")
    public String submittedByChild;

    /** HelseID's orgnr_supplier: the supplier that submitted for the owner, when the token names one. */
    @Column(name = "submitted_by_supplier")
    public String submittedBySupplier;

    public StatusReport toStatusReport() {
        return new StatusReport(initiativeId, period, periodStart, periodEnd, owner, ownerName, revision, current,
                overallStatus, content().assessments(), summary, risks, dependencies, nextSteps, progressPercent,
                submittedAt, new EventActor(submittedByOrganisation, submittedByClient,
                        submittedByChild, submittedBySupplier));
    }

    /** A revision of the series {@code key} saying {@code content}, current; who and when are the caller's to set. */
    static StatusReportEntity revision(StatusReportKey key, int number, StatusContent content) {
        StatusReportEntity revision = new StatusReportEntity();
        revision.initiativeId = key.initiativeId();
        revision.period = key.period();
        revision.owner = key.owner();
        revision.revision = number;
        revision.current = true;
        revision.setContent(content);
        return revision;
    }

    @Override
    public StatusReportKey seriesKey() {
        return new StatusReportKey(initiativeId, period, owner);
    }

    @Override
    public int revisionNumber() {
        return revision;
    }

    /** What the owner reported, as compared to tell a correction from a re-send. */
    @Override
    public StatusContent content() {
        return new StatusContent(overallStatus,
                new Assessments(scopeStatus, scheduleStatus, costStatus, benefitsStatus, riskStatus),
                summary, risks, dependencies, nextSteps, progressPercent);
    }

    private void setContent(StatusContent content) {
        overallStatus = content.overallStatus();
        scopeStatus = content.assessments().scope();
        scheduleStatus = content.assessments().schedule();
        costStatus = content.assessments().cost();
        benefitsStatus = content.assessments().benefits();
        riskStatus = content.assessments().risk();
        summary = content.summary();
        risks = content.risks();
        dependencies = content.dependencies();
        nextSteps = content.nextSteps();
        progressPercent = content.progressPercent();
    }
}
