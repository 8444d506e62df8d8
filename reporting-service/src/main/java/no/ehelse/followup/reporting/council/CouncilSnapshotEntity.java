package no.ehelse.followup.reporting.council;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A frozen copy of the whole view; the database refuses to change it. */
@Entity
@Immutable
@Table(name = "council_snapshot")
public class CouncilSnapshotEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public Forum forum;

    @Column(name = "meeting_date")
    public LocalDate meetingDate;

    public String title;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    /** The {@code Overview} as it stood, serialised. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String content;
}
