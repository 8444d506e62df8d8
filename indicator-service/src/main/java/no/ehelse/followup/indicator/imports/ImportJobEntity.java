package no.ehelse.followup.indicator.imports;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An asynchronous import: its progress while it runs, then its summary or why it failed. */
@Entity
@Table(name = "measurement_import_job")
public class ImportJobEntity extends PanacheEntityBase {

    public enum State {
        RUNNING, DONE, FAILED
    }

    @Id
    public UUID id;

    /** The organisation that submitted it; only it (and admins) may read it. */
    public String reporter;

    @Enumerated(EnumType.STRING)
    public State state;

    @Column(name = "dry_run")
    public boolean dryRun;

    public boolean atomic;

    @Column(name = "rows_total")
    public long rowsTotal;

    @Column(name = "rows_done")
    public long rowsDone;

    @JdbcTypeCode(SqlTypes.JSON)
    public ImportSummary summary;

    public String error;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    /** The heartbeat: refreshed while the job runs, so a job whose instance is gone shows as stale. */
    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    ImportJob toJob() {
        return new ImportJob(id, state, dryRun, atomic, rowsTotal, rowsDone, submittedAt, finishedAt, summary, error);
    }
}
