package no.ehelse.followup.indicator.fhir;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * FHIR's {@code _format} parameter, which clients such as HAPI's send in place of or beside Accept: the
 * JSON names are served, anything else (XML, Turtle) is a 406 OperationOutcome instead of JSON the client
 * did not ask for.
 */
public class FhirFormat {

    private static final Set<String> JSON = Set.of("json", "application/json", "application/fhir+json");

    @Inject
    FhirJson fhir;

    @ServerRequestFilter
    public Optional<Response> refuseFormatsOtherThanJson(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().startsWith("/fhir")) {
            return Optional.empty();
        }
        for (String format : request.getUriInfo().getQueryParameters().getOrDefault("_format", List.of())) {
            if (!JSON.contains(format.split(";", 2)[0].strip())) {
                return Optional.of(Response.status(Response.Status.NOT_ACCEPTABLE).type(FhirJson.MEDIA_TYPE)
                        .entity(fhir.write(FhirJson.outcome(IssueType.NOTSUPPORTED, "_format " + format + " is not served: "
                                + "this server writes FHIR JSON (_format=json or application/fhir+json)", null)))
                        .build());
            }
        }
        return Optional.empty();
    }
}
