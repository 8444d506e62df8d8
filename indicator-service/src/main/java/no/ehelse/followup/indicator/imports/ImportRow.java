package no.ehelse.followup.indicator.imports;

import java.util.List;

import no.ehelse.followup.indicator.measurements.MeasurementRequest;
import no.ehelse.followup.platform.problem.Problem.FieldError;

/**
 * One row of an import file, numbered from 1 in file order (the header of a CSV file is not a row).
 * A row that could not be read carries its errors instead of a request.
 */
record ImportRow(long number, String indicatorId, MeasurementRequest request, List<FieldError> errors) {

    static ImportRow unreadable(long number, List<FieldError> errors) {
        return new ImportRow(number, null, null, errors);
    }
}
