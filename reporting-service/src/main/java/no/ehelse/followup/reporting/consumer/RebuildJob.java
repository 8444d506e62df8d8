package no.ehelse.followup.reporting.consumer;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A rebuild of the view and how far it has come, readable from every replica. */
@Entity
@Table(name = "rebuild_job")
public class RebuildJob extends PanacheEntityBase {

    public enum State {
        RUNNING, DONE, FAILED
    }

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public State state;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    public long records;

    public long applied;

    public long duplicates;

    public long poison;

    public String failure;
}
