package no.ehelse.followup.indicator.fhir;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * States in the OpenAPI document what {@link FhirResource} answers: FHIR resources as
 * {@code application/fhir+json}, errors as an {@code OperationOutcome}, not the problem+json the
 * rest of the API answers with. Replaces whatever another filter set, so the order filters run in
 * does not matter.
 */
@OpenApiFilter(stages = { OpenApiFilter.RunStage.BUILD, OpenApiFilter.RunStage.RUN })
public class FhirResponsesDocumented implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            if (path.getKey().startsWith("/fhir")) {
                for (Map.Entry<PathItem.HttpMethod, Operation> operation : path.getValue().getOperations().entrySet()) {
                    addResponses(path.getKey(), operation.getKey(), operation.getValue());
                    document(operation.getValue());
                }
            }
        }
    }

    /** The answers every FHIR write (or read of an id) can give, stated once here rather than on each. */
    private static void addResponses(String path, PathItem.HttpMethod method, Operation operation) {
        if (operation.getResponses() == null) {
            return;
        }
        if (method == PathItem.HttpMethod.GET) {
            if (path.contains("{")) {
                add(operation, "404", "No such resource");
            }
            return;
        }
        boolean bundle = path.equals("/fhir");
        if (!bundle) {
            add(operation, "201", "A new report, version 1");
        }
        add(operation, "400", bundle ? "The Bundle does not parse, or is neither batch nor transaction"
                : "The resource does not parse or breaks a rule of FHIR itself");
        add(operation, "412", (bundle ? "In a transaction: " : "") + "If-Match names a version that is no longer "
                + "current, or a conditional update matches several reports");
        add(operation, "422", (bundle ? "In a transaction: an entry breaks" : "The report breaks") + " a rule of this "
                + "server; issue.expression is the FHIRPath of the offending element");
    }

    private static void add(Operation operation, String status, String description) {
        if (!operation.getResponses().hasAPIResponse(status)) {
            operation.getResponses().addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        }
    }

    private static void document(Operation operation) {
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
            // The body is read as text and parsed by HAPI FHIR, so the generated schema would say "string".
            operation.getRequestBody().getContent().getMediaTypes().values().forEach(media -> media.setSchema(
                    OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                            .description("A FHIR R4 resource in JSON: a MeasureReport, or a Bundle for POST /fhir")));
        }
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return;
        }
        for (Map.Entry<String, APIResponse> response : operation.getResponses().getAPIResponses().entrySet()) {
            boolean error = response.getKey().startsWith("4") || response.getKey().startsWith("5");
            Schema schema = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                    .description(error ? "A FHIR R4 OperationOutcome: issue.code, issue.diagnostics and, for a rule a "
                            + "resource breaks, issue.expression, the FHIRPath of the offending element"
                            : "A FHIR R4 resource (resourceType says which): https://hl7.org/fhir/R4/");
            response.getValue().setContent(OASFactory.createContent().addMediaType(FhirJson.MEDIA_TYPE,
                    OASFactory.createMediaType().schema(schema)));
        }
    }
}
