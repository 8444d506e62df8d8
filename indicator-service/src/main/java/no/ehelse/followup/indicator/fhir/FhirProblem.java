package no.ehelse.followup.indicator.fhir;

import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * A FHIR interaction that fails: the HTTP status and the one issue of the OperationOutcome that says
 * why, with the FHIRPath of the offending element where there is one. Thrown, so that the
 * transaction around the interaction rolls back and nothing is written.
 */
final class FhirProblem extends RuntimeException {

    private final int status;
    private final IssueType code;
    private final String expression;

    FhirProblem(int status, IssueType code, String diagnostics, String expression) {
        super(diagnostics);
        this.status = status;
        this.code = code;
        this.expression = expression;
    }

    /** 400: the resource cannot be parsed or breaks a rule of FHIR itself (a required element, an invariant). */
    static FhirProblem malformed(String diagnostics, String expression) {
        return new FhirProblem(400, IssueType.STRUCTURE, diagnostics, expression);
    }

    /** 400: the request, rather than the resource, is wrong (a search parameter, an id that disagrees). */
    static FhirProblem badRequest(String diagnostics, String expression) {
        return new FhirProblem(400, IssueType.INVALID, diagnostics, expression);
    }

    /** 422: a valid FHIR resource that breaks a rule of this server (IHE mADX: one per offending report). */
    static FhirProblem rule(String diagnostics, String expression) {
        return new FhirProblem(422, IssueType.BUSINESSRULE, diagnostics, expression);
    }

    static FhirProblem forbidden(String diagnostics, String expression) {
        return new FhirProblem(403, IssueType.FORBIDDEN, diagnostics, expression);
    }

    static FhirProblem notFound(String diagnostics) {
        return new FhirProblem(404, IssueType.NOTFOUND, diagnostics, null);
    }

    /** 412: the If-Match version is not the current one, or a conditional update matches several. */
    static FhirProblem preconditionFailed(String diagnostics) {
        return new FhirProblem(412, IssueType.CONFLICT, diagnostics, null);
    }

    int status() {
        return status;
    }

    String expression() {
        return expression;
    }

    /**
     * The same problem located in entry {@code index} of a Bundle: an expression on the report,
     * {@code MeasureReport.group[0]}, becomes {@code Bundle.entry[1].resource.group[0]}.
     */
    FhirProblem inEntry(int index) {
        String entry = "Bundle.entry[" + index + "]";
        String located = expression == null ? entry
                : expression.startsWith("MeasureReport") ? entry + ".resource" + expression.substring("MeasureReport".length())
                        : entry + "." + expression;
        return new FhirProblem(status, code, "Bundle.entry[" + index + "]: " + getMessage(), located);
    }

    OperationOutcome outcome() {
        return FhirJson.outcome(code, getMessage(), expression);
    }
}
