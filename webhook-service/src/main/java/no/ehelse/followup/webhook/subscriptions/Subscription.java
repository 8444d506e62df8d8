package no.ehelse.followup.webhook.subscriptions;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A subscription as the API shows it; the secret only in the answer that creates it. */
@Schema(name = "Subscription")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Subscription(
        UUID id,
        @Schema(description = "The subscribing organisation (organisation number)") String organisation,
        String endpoint,
        EventFilter filter,
        String description,
        Instant createdAt,
        @Schema(description = "The signing secret (Standard Webhooks, whsec_...), given once: in the answer that creates "
                + "the subscription or rotates its secret")
        String secret,
        @Schema(description = "Until when deliveries are also signed with the secret before the last rotation")
        Instant previousSecretValidUntil) {

    /** The subscription as shown; {@code secret} only in the answer that made it (else null). */
    static Subscription of(SubscriptionEntity entity, String secret) {
        return new Subscription(entity.id, entity.organisation, entity.endpoint, entity.filter(), entity.description,
                entity.createdAt, secret, entity.previousSecretUntil);
    }
}
