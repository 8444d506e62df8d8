package no.ehelse.followup.indicator.fhir;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

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

    /**
     * Parses the body as it arrives, never holding it as one string (FHIR JSON is UTF-8); its size is
     * bounded by the route's body limit.
     *
     * @throws DataFormatException naming what is wrong: unknown elements or wrong types are errors, not warnings
     */
    public <T extends IBaseResource> T read(Class<T> type, InputStream body) {
        IParser parser = context.newJsonParser().setParserErrorHandler(new StrictErrorHandler());
        return parser.parseResource(type, new InputStreamReader(body, StandardCharsets.UTF_8));
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
