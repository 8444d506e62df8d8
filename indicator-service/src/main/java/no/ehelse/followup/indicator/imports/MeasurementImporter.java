package no.ehelse.followup.indicator.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.LongConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import io.quarkus.narayana.jta.QuarkusTransaction;
import no.ehelse.followup.indicator.indicators.IndicatorCatalog;
import no.ehelse.followup.indicator.indicators.IndicatorEntity;
import no.ehelse.followup.indicator.measurements.MeasurementRecorder;
import no.ehelse.followup.indicator.measurements.MeasurementRecorder.Accepted;
import no.ehelse.followup.indicator.measurements.MeasurementRequest;
import no.ehelse.followup.platform.problem.Problem.FieldError;
import no.ehelse.followup.platform.problem.ProblemException;
import no.ehelse.followup.platform.web.WriteOutcome;
import no.ehelse.followup.rules.period.ReportingPeriod;

/**
 * Imports many measurements, of many indicators and periods, with the same rules as a single
 * report, a chunk of {@value #CHUNK} rows at a time and set-based: per chunk one query for the
 * current revisions, one batch insert of revisions and one of events, one update superseding the old
 * revisions. The file has been spooled beforehand ({@link SpooledImport}), so no transaction waits
 * for the client.
 * <ul>
 * <li>{@code atomic}: one transaction; any rejected row rolls everything back.</li>
 * <li>otherwise: a transaction per chunk; valid rows are kept, rejected rows listed.</li>
 * <li>{@code dryRun}: everything is validated and counted in a transaction that is rolled back.</li>
 * </ul>
 * Indicators are locked exclusively (no single report of them meanwhile) in sorted order, once per
 * transaction: all of the file's up front in one transaction, the chunk's in a chunk's. Two imports
 * over the same indicators in any order therefore never deadlock.
 */
@ApplicationScoped
public class MeasurementImporter {

    static final int CHUNK = 1000;
    private static final int TRANSACTION_TIMEOUT_SECONDS = 3600;

    @Inject
    MeasurementRecorder recorder;

    @Inject
    IndicatorCatalog indicators;

    @Inject
    EntityManager entityManager;

    @Inject
    Validator validator;

    /**
     * @param progress told the number of rows done after each chunk
     */
    ImportSummary run(SpooledImport file, SpooledImport.Scan scan, ImportCaller caller, boolean dryRun, boolean atomic,
            LongConsumer progress) {
        ImportTally tally = new ImportTally();
        try (SpooledImport.Rows rows = file.rows()) {
            if (dryRun || atomic) {
                QuarkusTransaction.begin(QuarkusTransaction.beginOptions().timeout(TRANSACTION_TIMEOUT_SECONDS));
                try {
                    Map<String, IndicatorEntity> locked = indicators.lock(scan.indicatorIds());
                    while (rows.hasNext()) {
                        process(chunk(rows), locked, caller, tally);
                        progress.accept(tally.rows);
                    }
                } catch (RuntimeException e) {
                    QuarkusTransaction.rollback();
                    throw e;
                }
                boolean write = !dryRun && tally.rejected == 0;
                if (write) {
                    QuarkusTransaction.commit();
                } else {
                    QuarkusTransaction.rollback();
                }
                return tally.summary(dryRun, atomic, write);
            }
            while (rows.hasNext()) {
                List<ImportRow> chunk = chunk(rows);
                QuarkusTransaction.requiringNew().timeout(TRANSACTION_TIMEOUT_SECONDS).run(() -> process(chunk,
                        indicators.lock(new TreeSet<>(chunk.stream().map(ImportRow::indicatorId)
                                .filter(id -> id != null).toList())), caller, tally));
                progress.accept(tally.rows);
            }
            return tally.summary(false, false, true);
        }
    }

    private static List<ImportRow> chunk(SpooledImport.Rows rows) {
        List<ImportRow> chunk = new ArrayList<>(CHUNK);
        while (chunk.size() < CHUNK && rows.hasNext()) {
            chunk.add(rows.next());
        }
        return chunk;
    }

    /** Validates a chunk's rows and writes the accepted ones at once, in the current transaction. */
    private void process(List<ImportRow> chunk, Map<String, IndicatorEntity> locked, ImportCaller caller,
            ImportTally tally) {
        // Nothing the queries need is pending in the persistence context: writes go straight to SQL.
        entityManager.setFlushMode(FlushModeType.COMMIT);
        List<Accepted> accepted = new ArrayList<>(chunk.size());
        for (ImportRow row : chunk) {
            List<FieldError> errors = row.errors().isEmpty() ? constraintViolations(row.request()) : row.errors();
            if (!errors.isEmpty()) {
                tally.reject(row.number(), errors);
                continue;
            }
            IndicatorEntity indicator = locked.get(row.indicatorId());
            if (indicator == null) {
                tally.reject(row.number(), List.of(new FieldError("indicatorId", "no indicator " + row.indicatorId())));
                continue;
            }
            try {
                ReportingPeriod period = recorder.accept(indicator, caller.reporter(), caller.admin(), row.request());
                accepted.add(new Accepted(indicator.id, caller.reporter(), period, row.request()));
            } catch (ProblemException e) {
                tally.reject(row.number(), e.errors().isEmpty()
                        ? List.of(new FieldError("indicatorId", e.getMessage()))
                        : e.errors());
            }
        }
        for (WriteOutcome outcome : recorder.writeAll(accepted, caller.client(), caller.actor())) {
            tally.count(outcome);
        }
        // The current revisions the chunk loaded are not needed again; the locked indicators stay readable.
        entityManager.clear();
    }

    private List<FieldError> constraintViolations(MeasurementRequest request) {
        return validator.validate(request).stream()
                .map((ConstraintViolation<MeasurementRequest> v) -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .toList();
    }
}
