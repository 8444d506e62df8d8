package no.ehelse.followup.reporting.council;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;


@Schema(name = "CouncilSnapshot", description = "The status view frozen for a council meeting (underlag).")
public record CouncilSnapshot(UUID id, Forum forum, LocalDate meetingDate, String title, Instant createdAt,
        @Schema(description = "Organisation number (or client) of who made it") String createdBy,
        @Schema(description = "The whole view as it stood; absent in lists") SnapshotContent view) {
}
