package no.ehelse.followup.indicator.fhir;

import jakarta.enterprise.context.ApplicationScoped;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.OperationOutcome;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;

/** FHIR R4 JSON, with HAPI's structures. The context is costly to build: one per application. */
@ApplicationScoped
public class FhirJson {

    public static final String MEDIA_TYPE = "application/fhir+json";

    private final FhirContext context = FhirContext.forR4Cached();

    public String write(IBaseResource resource) {
        return context.newJsonParser().setPrettyPrint(true).encodeResourceToString(resource);
    }

    /** @throws DataFormatException naming what is wrong: unknown elements or wrong types are errors, not warnings */
    public <T extends IBaseResource> T read(Class<T> type, String body) {
        IParser parser = context.newJsonParser().setParserErrorHandler(new StrictErrorHandler());
        return parser.parseResource(type, body);
    }

    public static OperationOutcome outcome(OperationOutcome.IssueType type, String diagnostics, String expression) {
        OperationOutcome outcome = new OperationOutcome();
        OperationOutcome.OperationOutcomeIssueComponent issue = outcome.addIssue()
                .setSeverity(OperationOutcome.IssueSeverity.ERROR)
                .setCode(type)
                .setDiagnostics(diagnostics);
        if (expression != null) {
            issue.addExpression(expression);
        }
        return outcome;
    }
}
