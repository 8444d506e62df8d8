package no.ehelse.followup.events.initiative;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How the initiative's status is collected, classified and in the plan's own words. */
@Schema(name = "StatusSource", description = "How status on the initiative is collected (hvordan innhente status).")
public record StatusSource(
        @Schema(example = "NATIONAL_PORTFOLIO") StatusSourceKind kind,
        @Schema(description = "The plan's text", example = "Nasjonal portefølje") String text) {
}
