package no.ehelse.followup.indicator.imports;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImportJob", description = "An asynchronous import: its progress while RUNNING; when DONE the same "
        + "summary a synchronous import answers; FAILED with the reason (rows of chunks committed before a failure "
        + "of a non-atomic import are kept).")
public record ImportJob(
        @Schema(example = "6f1c7f9e-5d0a-4a8e-9b55-2f3f2b0f4f11") UUID id,
        ImportJobEntity.State state,
        boolean dryRun,
        boolean atomic,
        @Schema(description = "Rows in the file", example = "100000") long rows,
        @Schema(description = "Rows processed so far", example = "42000") long rowsDone,
        Instant submittedAt,
        Instant finishedAt,
        @Schema(description = "When DONE: what the import did") ImportSummary summary,
        @Schema(description = "When FAILED: why") String error) {
}
