package no.ehelse.followup.platform.problem;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem details body ({@code application/problem+json}). Validation problems list each
 * offending field in {@code errors}.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details. `errors` names each offending field.")
public record Problem(
        @Schema(description = "Identifies the kind of problem", example = "tag:ehelse-oppfolging,2026:problem:validation")
        URI type,
        @Schema(example = "Invalid request")
        String title,
        @Schema(example = "400")
        int status,
        @Schema(example = "percent must be between 0 and 100")
        String detail,
        @Schema(description = "The request path the problem occurred on (a URI reference)", format = "uri-reference", example = "/api/v1/indicators/1.2/measurements")
        URI instance,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field: a JSON path into the request body, or the name of a parameter. */
    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(example = "value") String field,
            @Schema(example = "must be between 0 and 100 for a percent indicator") String message) {
    }
}
