package no.ehelse.followup.initiative.initiatives;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.ehelse.followup.events.initiative.StatusSource;
import no.ehelse.followup.events.initiative.StatusSourceKind;

@Schema(name = "StatusSourceRequest", description = "How status is collected (hvordan innhente status): the kind, and the "
        + "plan's text (required for OTHER).")
public record StatusSourceRequest(
        @NotNull @Schema(example = "NATIONAL_PORTFOLIO") StatusSourceKind kind,
        @Size(max = 1000) @Schema(example = "Nasjonal portefølje") String text) {

    StatusSource toStatusSource() {
        return new StatusSource(kind, text == null || text.isBlank() ? null : text.trim());
    }
}
