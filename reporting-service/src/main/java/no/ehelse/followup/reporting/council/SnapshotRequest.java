package no.ehelse.followup.reporting.council;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SnapshotRequest", description = "The council meeting a snapshot (underlag) is made for.")
public record SnapshotRequest(
        @NotNull Forum forum,
        @NotNull @Schema(example = "2026-12-03") LocalDate meetingDate,
        @NotBlank @Size(max = 300) @Schema(example = "Status for Nasjonal e-helsestrategi, desember 2026") String title) {
}
