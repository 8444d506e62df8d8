package no.ehelse.followup.indicator.imports;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import io.quarkus.narayana.jta.QuarkusTransaction;
import no.ehelse.followup.indicator.indicators.IndicatorEntity;
import no.ehelse.followup.indicator.measurements.MeasurementRecorder;
import no.ehelse.followup.indicator.measurements.MeasurementRequest;
import no.ehelse.followup.platform.problem.Problem.FieldError;
import no.ehelse.followup.platform.problem.ProblemException;
import no.ehelse.followup.platform.security.CallerIdentity;

/**
 * Imports many measurements, of many indicators and periods, with the same rules as a single
 * report. Rows stream through: the persistence context is cleared every {@value #CHUNK} rows, so
 * memory does not grow with the file.
 * <ul>
 * <li>{@code atomic}: one transaction; any rejected row rolls everything back.</li>
 * <li>otherwise: a transaction per {@value #CHUNK} rows; valid rows are kept, rejected rows listed.</li>
 * <li>{@code dryRun}: everything is validated and counted in a transaction that is rolled back.</li>
 * </ul>
 */
@ApplicationScoped
public class MeasurementImporter {

    static final int CHUNK = 500;
    private static final int TRANSACTION_TIMEOUT_SECONDS = 3600;

    @Inject
    MeasurementRecorder recorder;

    @Inject
    CallerIdentity caller;

    @Inject
    EntityManager entityManager;

    @Inject
    Validator validator;

    ImportSummary run(Iterator<ImportRow> rows, boolean dryRun, boolean atomic) {
        String reporter = caller.requireOrganisation();
        ImportTally tally = new ImportTally();
        if (dryRun || atomic) {
            QuarkusTransaction.begin(QuarkusTransaction.beginOptions().timeout(TRANSACTION_TIMEOUT_SECONDS));
            try {
                process(rows, Long.MAX_VALUE, reporter, tally);
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
            QuarkusTransaction.requiringNew().timeout(TRANSACTION_TIMEOUT_SECONDS)
                    .run(() -> process(rows, CHUNK, reporter, tally));
        }
        return tally.summary(false, false, true);
    }

    /** Processes up to {@code limit} rows in the current transaction. */
    private void process(Iterator<ImportRow> rows, long limit, String reporter, ImportTally tally) {
        // Without this, each row's lookup of the current revision would first dirty-check every entity of
        // the chunk. Nothing the lookups need is pending: inserts run at once (identity keys) and a
        // superseded revision is updated in SQL at once.
        entityManager.setFlushMode(FlushModeType.COMMIT);
        // Indicators locked in this transaction (or known not to exist): each is locked once.
        Map<String, Optional<IndicatorEntity>> indicators = new HashMap<>();
        for (long n = 1; n <= limit && rows.hasNext(); n++) {
            ImportRow row = rows.next();
            if (!row.errors().isEmpty()) {
                tally.reject(row.number(), row.errors());
                continue;
            }
            List<FieldError> invalid = constraintViolations(row.request());
            if (!invalid.isEmpty()) {
                tally.reject(row.number(), invalid);
                continue;
            }
            Optional<IndicatorEntity> indicator = indicators.computeIfAbsent(row.indicatorId(),
                    id -> Optional.ofNullable(IndicatorEntity.findById(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)));
            if (indicator.isEmpty()) {
                tally.reject(row.number(), List.of(new FieldError("indicatorId", "no indicator " + row.indicatorId())));
                continue;
            }
            try {
                var period = recorder.accept(indicator.get(), reporter, row.request());
                tally.count(recorder.write(indicator.get(), reporter, period, row.request()).outcome());
            } catch (ProblemException e) {
                tally.reject(row.number(), e.errors().isEmpty()
                        ? List.of(new FieldError("indicatorId", e.getMessage()))
                        : e.errors());
            }
            if (n % CHUNK == 0) {
                entityManager.flush();
                entityManager.clear();
            }
        }
    }

    private List<FieldError> constraintViolations(MeasurementRequest request) {
        return validator.validate(request).stream()
                .map((ConstraintViolation<MeasurementRequest> v) -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .toList();
    }
}
