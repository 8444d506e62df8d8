package no.ehelse.followup.indicator.imports;

import java.util.ArrayList;
import java.util.List;

import no.ehelse.followup.platform.problem.Problem.FieldError;
import no.ehelse.followup.platform.web.WriteOutcome;

/** Counts an import's rows as they are processed; lists conflicts up to a limit. */
final class ImportTally {

    static final int MAX_LISTED_CONFLICTS = 1000;

    long rows;
    long imported;
    long updated;
    long ignored;
    long rejected;
    final List<ImportSummary.Conflict> conflicts = new ArrayList<>();
    boolean truncated;

    void count(WriteOutcome outcome) {
        rows++;
        switch (outcome) {
            case CREATED -> imported++;
            case UPDATED -> updated++;
            case UNCHANGED -> ignored++;
        }
    }

    void reject(long row, List<FieldError> errors) {
        rows++;
        rejected++;
        for (FieldError error : errors) {
            if (conflicts.size() == MAX_LISTED_CONFLICTS) {
                truncated = true;
                return;
            }
            conflicts.add(new ImportSummary.Conflict(row, error.field(), error.message()));
        }
    }

    ImportSummary summary(boolean dryRun, boolean atomic, boolean written) {
        return new ImportSummary(dryRun, atomic, written, rows, imported, updated, ignored, rejected,
                List.copyOf(conflicts), truncated);
    }
}
