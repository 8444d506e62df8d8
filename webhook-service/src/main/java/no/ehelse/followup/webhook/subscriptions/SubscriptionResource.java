package no.ehelse.followup.webhook.subscriptions;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.ehelse.followup.platform.security.Roles;
import no.ehelse.followup.platform.web.QueryParams;
import no.ehelse.followup.webhook.deliveries.Delivery;
import no.ehelse.followup.webhook.deliveries.DeliveryLog;

@Path("/api/v1/webhooks/subscriptions")
@Tag(name = "Subscriptions", description = "Abonnement: an organisation's webhook subscriptions to change events")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.READER, Roles.REPORTER, Roles.ADMIN })
public class SubscriptionResource {

    @Inject
    SubscriptionCatalog catalog;

    @Inject
    DeliveryLog log;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createSubscription", summary = "Subscribe to change events",
            description = "Requires any role and an organisation in the token; the subscription is the calling "
                    + "organisation's. The endpoint must be an https URL. The answer holds the signing secret, once: "
                    + "every delivery is a POST of the event's envelope, signed as Standard Webhooks define "
                    + "(webhook-id = the event id, webhook-timestamp, webhook-signature). Events that occur from now "
                    + "on are delivered; a 2xx answer takes a delivery, anything else is retried with growing pauses.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
            name = "Kjernejournal measurements", value = """
                    {"endpoint": "https://integrasjon.helse-vest.no/hooks/strategi",
                     "filter": {"eventTypes": ["MeasurementRecorded", "MeasurementCorrected"], "indicatorId": "4.2.1"},
                     "description": "Kjernejournal-målinger til vårt styringsdashbord"}""")))
    public Response createSubscription(@Valid @NotNull SubscriptionRequest request) {
        Subscription created = catalog.create(request);
        return Response.created(URI.create("/api/v1/webhooks/subscriptions/" + created.id())).entity(created).build();
    }

    @GET
    @Operation(operationId = "listSubscriptions", summary = "List subscriptions",
            description = "The calling organisation's; the admin's lists every organisation's.")
    public List<Subscription> listSubscriptions() {
        return catalog.list();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getSubscription", summary = "Get a subscription",
            description = "Another organisation's subscription is not found (404).")
    public Subscription getSubscription(@PathParam("id") UUID id) {
        return catalog.get(id);
    }

    @GET
    @Path("{id}/deliveries")
    @Operation(operationId = "listDeliveries", summary = "List a subscription's deliveries",
            description = "Newest first, each with its attempts (status code or error, duration).")
    public List<Delivery> listDeliveries(@PathParam("id") UUID subscriptionId,
            @QueryParam("page") @Parameter(description = "From 0", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0"))
            String page,
            @QueryParam("size") @Parameter(description = "1 to 200", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "50"))
            String size) {
        return log.ofSubscription(subscriptionId, QueryParams.integer("page", page, 0, 0, Integer.MAX_VALUE),
                QueryParams.integer("size", size, 50, 1, 200));
    }

    @POST
    @Path("{id}/secret")
    @Operation(operationId = "rotateSubscriptionSecret", summary = "Rotate a subscription's signing secret",
            description = "Hemmelighetsbytte: the answer holds the new secret, once. For followup.webhooks.secret-overlap "
                    + "(24 hours) every delivery is signed with both the new and the old secret (two signatures in "
                    + "webhook-signature), so the subscriber can switch to the new one without missing a delivery.")
    public Subscription rotateSubscriptionSecret(@PathParam("id") UUID id) {
        return catalog.rotateSecret(id);
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "endSubscription", summary = "End a subscription",
            description = "Nothing more is delivered to it; its deliveries stay listed.")
    public Response endSubscription(@PathParam("id") UUID id) {
        catalog.remove(id);
        return Response.noContent().build();
    }
}
