package no.ehelse.followup.indicator.strategy;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.ehelse.followup.events.indicator.Strategy;
import no.ehelse.followup.platform.security.Roles;

@Path("/api/v1/strategy")
@Tag(name = "Goals", description = "The strategy's 5 strategic goals and 3 overarching goals (mål)")
@Produces(MediaType.APPLICATION_JSON)
public class StrategyResource {

    @Inject
    StrategyCatalog strategy;

    @GET
    @RolesAllowed({ Roles.READER, Roles.REPORTER, Roles.ADMIN })
    @Operation(operationId = "getStrategy", summary = "Get the strategy and its vision",
            description = "Requires any role. 404 until the admin has defined it.")
    public Strategy get() {
        return strategy.get();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "defineStrategy", summary = "Define or change the strategy",
            description = "Requires admin. Idempotent: the same definition again changes nothing (200, "
                    + "X-Write-Outcome: UNCHANGED). 201 when created. toYear before fromYear is 400 naming toYear.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
            name = "Nasjonal e-helsestrategi", value = """
                    {"name": "Nasjonal e-helsestrategi 2023–2030",
                     "vision": "Sammen om helhetlige, trygge og nyskapende tjenester som fremmer helse og mestring",
                     "fromYear": 2023, "toYear": 2030}""")))
    public Response define(@Valid @NotNull StrategyRequest request) {
        StrategyCatalog.Written written = strategy.define(request);
        return written.outcome().respond(written.strategy(), URI.create("/api/v1/strategy"));
    }
}
