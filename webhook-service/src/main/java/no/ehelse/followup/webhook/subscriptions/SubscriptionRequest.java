package no.ehelse.followup.webhook.subscriptions;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SubscriptionRequest")
public record SubscriptionRequest(
        @NotBlank @Size(max = 2000)
        @Schema(required = true, description = "Where deliveries are POSTed: an https URL", examples = "https://integrasjon.helse-vest.no/hooks/strategi")
        String endpoint,
        @NotNull @Valid @Schema(required = true)
        EventFilter filter,
        @Size(max = 500) @Schema(description = "What it is for", examples = "Kjernejournal-målinger til vårt styringsdashbord")
        String description) {
}
