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
                path.getValue().getOperations().values().forEach(FhirResponsesDocumented::document);
            }
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
