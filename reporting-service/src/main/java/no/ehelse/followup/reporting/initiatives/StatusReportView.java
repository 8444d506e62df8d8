package no.ehelse.followup.reporting.initiatives;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import no.ehelse.followup.events.initiative.StatusReport;

/** The current revision of one status report: an owner's status on an initiative for a period. */
@Entity
@Table(name = "status_report_view")
public class StatusReportView extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "initiative_id") String initiativeId, String period, String owner)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(name = "period_start")
    public LocalDate periodStart;

    @Column(name = "period_end")
    public LocalDate periodEnd;

    @JdbcTypeCode(SqlTypes.JSON)
    public StatusReport report;
}
