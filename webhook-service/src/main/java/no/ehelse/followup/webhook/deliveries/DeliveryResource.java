package no.ehelse.followup.webhook.deliveries;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.ehelse.followup.platform.security.Roles;

@Path("/api/v1/webhooks")
@Tag(name = "Deliveries", description = "Leveranser: what was sent to a subscription, every attempt, and redelivery")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.READER, Roles.REPORTER, Roles.ADMIN })
public class DeliveryResource {

    @Inject
    DeliveryLog log;

    @GET
    @Path("deliveries/{id}")
    @Operation(operationId = "getDelivery", summary = "Get a delivery with its attempts")
    public Delivery getDelivery(@PathParam("id") UUID id) {
        return log.get(id);
    }

    @POST
    @Path("deliveries/{id}/redeliver")
    @Operation(operationId = "redeliver", summary = "Deliver again",
            description = "The delivery is due at once, with the same webhook-id, whether it was delivered, pending or "
                    + "failed; 202, and the attempts show the outcome.")
    public Response redeliver(@PathParam("id") UUID id) {
        return Response.accepted(log.redeliver(id)).build();
    }
}
