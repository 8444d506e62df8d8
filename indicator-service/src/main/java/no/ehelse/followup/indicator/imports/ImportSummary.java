package no.ehelse.followup.indicator.imports;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImportSummary", description = "What an import did, or (dryRun) would do.")
public record ImportSummary(
        boolean dryRun,
        boolean atomic,
        @Schema(description = "Whether anything was written: false for a dry run, and for an atomic import with a "
                + "rejected row") boolean written,
        @Schema(example = "3") long rows,
        @Schema(description = "New measurement series (first revision)", example = "1") long imported,
        @Schema(description = "Corrections: a new revision of an existing series", example = "1") long updated,
        @Schema(description = "Rows identical to the current revision: nothing to do", example = "0") long ignored,
        @Schema(example = "1") long rejected,
        List<Conflict> conflicts,
        @Schema(description = "True when more conflicts occurred than are listed") boolean conflictsTruncated) {

    @Schema(name = "ImportConflict", description = "A rejected row: its number (1 = the first data row), the field "
            + "and why.")
    public record Conflict(@Schema(example = "3") long row, @Schema(example = "value") String field,
            @Schema(example = "must be between 0 and 100 for a percent indicator") String message) {
    }
}
