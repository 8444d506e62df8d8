package no.ehelse.followup.platform.problem;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * States in the OpenAPI document what {@link ProblemResponses} does at run time: every error response
 * of every operation carries an {@code application/problem+json} {@link Problem} body, so a generated
 * client gets a typed error and no operation has to repeat the annotation. Runs at build time too, so
 * the document linted in CI is the one served.
 */
@OpenApiFilter(stages = { OpenApiFilter.RunStage.BUILD, OpenApiFilter.RunStage.RUN })
public class ProblemResponsesDocumented implements OASFilter {

    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return operation;
        }
        for (Map.Entry<String, APIResponse> response : operation.getResponses().getAPIResponses().entrySet()) {
            if (isError(response.getKey()) && response.getValue().getContent() == null) {
                response.getValue().setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA))));
            }
        }
        return operation;
    }

    private static boolean isError(String statusCode) {
        return statusCode.startsWith("4") || statusCode.startsWith("5");
    }
}
