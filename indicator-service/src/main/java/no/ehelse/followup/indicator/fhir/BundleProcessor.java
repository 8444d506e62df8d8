package no.ehelse.followup.indicator.fhir;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.OperationOutcome;

import io.quarkus.narayana.jta.QuarkusTransaction;
import no.ehelse.followup.indicator.indicators.IndicatorCatalog;
import no.ehelse.followup.platform.problem.ProblemException;
import no.ehelse.followup.platform.web.WriteOutcome;

/**
 * {@code POST /fhir} with a Bundle of MeasureReport writes. A batch writes each entry in a
 * transaction of its own and answers each with its status and an OperationOutcome; a transaction
 * writes all entries in one database transaction, and the first entry that fails rolls all of them
 * back and is named, by FHIRPath, in the one OperationOutcome answered.
 */
@ApplicationScoped
class BundleProcessor {

    /** A write's answer as Bundle.entry.response gives it, for one report. */
    @Inject
    ReportWrites writes;

    @Inject
    IndicatorCatalog indicators;

    Bundle process(Bundle bundle, String base) {
        if (bundle.getType() == Bundle.BundleType.BATCH) {
            Bundle response = new Bundle().setType(Bundle.BundleType.BATCHRESPONSE);
            List<Bundle.BundleEntryComponent> entries = bundle.getEntry();
            for (int i = 0; i < entries.size(); i++) {
                Bundle.BundleEntryComponent entry = entries.get(i);
                try {
                    ReportWrites.Written written = QuarkusTransaction.requiringNew().call(() -> write(entry));
                    response.addEntry(answer(written, base));
                } catch (FhirProblem problem) {
                    response.addEntry().setResponse(new Bundle.BundleEntryResponseComponent()
                            .setStatus(status(problem.status())).setOutcome(problem.outcome()));
                }
            }
            return response;
        }
        if (bundle.getType() == Bundle.BundleType.TRANSACTION) {
            return QuarkusTransaction.requiringNew().call(() -> transaction(bundle, base));
        }
        throw FhirProblem.badRequest("Bundle.type must be batch or transaction", "Bundle.type");
    }

    private Bundle transaction(Bundle bundle, String base) {
        lockIndicators(bundle);
        Bundle response = new Bundle().setType(Bundle.BundleType.TRANSACTIONRESPONSE);
        Set<ReportId> written = new HashSet<>();
        List<Bundle.BundleEntryComponent> entries = bundle.getEntry();
        for (int i = 0; i < entries.size(); i++) {
            try {
                ReportWrites.Written result = write(entries.get(i));
                if (!written.add(result.id())) {
                    throw FhirProblem.badRequest("MeasureReport/" + result.id() + " appears more than once in the "
                            + "transaction", "resource");
                }
                response.addEntry(answer(result, base));
            } catch (FhirProblem problem) {
                throw problem.inEntry(i);
            }
        }
        return response;
    }

    /**
     * The indicators of all entries, locked in id order before any is written: two transactions
     * over the same indicators then queue up instead of deadlocking.
     */
    private void lockIndicators(Bundle bundle) {
        Set<String> ids = new TreeSet<>();
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            if (entry.getResource() instanceof MeasureReport report && report.hasMeasure()) {
                String id = MeasureReportMapper.measureId(report.getMeasure());
                if (id != null) {
                    ids.add(id);
                }
            }
        }
        for (String id : ids) {
            try {
                indicators.lock(id);
            } catch (ProblemException e) {
                // An unknown measure: its entry fails with a 422 when it is written.
            }
        }
    }

    private ReportWrites.Written write(Bundle.BundleEntryComponent entry) {
        if (!(entry.getResource() instanceof MeasureReport report)) {
            throw FhirProblem.badRequest("Only MeasureReport resources can be written", "resource");
        }
        Bundle.BundleEntryRequestComponent request = entry.getRequest();
        Integer ifMatch = request.hasIfMatch() ? Versions.parse(request.getIfMatch()) : null;
        String url = request.hasUrl() ? request.getUrl() : "";
        if (request.getMethod() == Bundle.HTTPVerb.POST && url.equals("MeasureReport")) {
            return writes.write(report, null, ifMatch);
        }
        if (request.getMethod() == Bundle.HTTPVerb.PUT && url.startsWith("MeasureReport?")) {
            return writes.conditionalUpdate(query(url.substring("MeasureReport?".length())), report, ifMatch);
        }
        if (request.getMethod() == Bundle.HTTPVerb.PUT && url.startsWith("MeasureReport/")) {
            return writes.update(url.substring("MeasureReport/".length()), report, ifMatch);
        }
        throw FhirProblem.badRequest("request must be POST MeasureReport, PUT MeasureReport/{id} or PUT "
                + "MeasureReport?{criteria}", "request");
    }

    private static Bundle.BundleEntryComponent answer(ReportWrites.Written written, String base) {
        String id = written.id().toString();
        int version = written.revision().revision;
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue().setSeverity(OperationOutcome.IssueSeverity.INFORMATION)
                .setCode(OperationOutcome.IssueType.INFORMATIONAL)
                .setDiagnostics(switch (written.outcome()) {
                    case CREATED -> "Created MeasureReport/" + id + " version " + version;
                    case UPDATED -> "Updated MeasureReport/" + id + " to version " + version;
                    default -> "MeasureReport/" + id + " is unchanged at version " + version;
                });
        Bundle.BundleEntryComponent entry = new Bundle.BundleEntryComponent().setFullUrl(base + "MeasureReport/" + id);
        entry.getResponse().setStatus(written.outcome() == WriteOutcome.CREATED ? "201 Created" : "200 OK")
                .setLocation("MeasureReport/" + id + "/_history/" + version)
                .setEtag(Versions.etag(version))
                .setLastModified(java.util.Date.from(written.revision().reportedAt))
                .setOutcome(outcome);
        return entry;
    }

    private static String status(int status) {
        // JAX-RS names no 422.
        return status + " " + switch (status) {
            case 400 -> "Bad Request";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 412 -> "Precondition Failed";
            case 422 -> "Unprocessable Entity";
            default -> "Error";
        };
    }

    private static MultivaluedMap<String, String> query(String query) {
        MultivaluedMap<String, String> parameters = new MultivaluedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            parameters.add(name, value);
        }
        return parameters;
    }
}
