package no.ehelse.followup.webhook.deliveries;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A delivery as the API shows it, with every attempt made. */
@Schema(name = "Delivery")
public record Delivery(
        UUID id,
        UUID subscriptionId,
        @Schema(description = "The event's id, sent as webhook-id on every attempt") UUID eventId,
        String eventType,
        String aggregateId,
        DeliveryStatus status,
        @Schema(description = "When the next attempt is due, while pending") Instant nextAttemptAt,
        Instant createdAt,
        Instant deliveredAt,
        List<Attempt> attempts) {

    @Schema(name = "DeliveryAttempt")
    public record Attempt(int number, Instant attemptedAt,
            @Schema(description = "The subscriber's HTTP status; absent when it gave none") Integer statusCode,
            @Schema(description = "Why no answer came (timeout, connection refused, ...)") String error,
            long durationMs) {
    }
}
