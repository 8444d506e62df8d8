package no.ehelse.followup.events.roadmap;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.ehelse.followup.events.EventActor;

/** A participating actor's latest progress report on a delivery. */
@Schema(name = "ActorProgress", description = "The phase an actor has reached, as it last reported it.")
public record ActorProgress(
        Phase phase,
        @Schema(description = "The date the report describes", example = "2025-06-30") LocalDate asOf,
        @Schema(description = "An optional figure behind the report", example = "34") BigDecimal value,
        @Schema(example = "kommuner") String unit,
        @Schema(example = "34 kommuner i Midt-Norge benytter SFM gjennom Helseplattformen") String text,
        Instant reportedAt,
        @Schema(description = "Who reported it: the organisation and client in the access token") EventActor reportedBy) {
}
