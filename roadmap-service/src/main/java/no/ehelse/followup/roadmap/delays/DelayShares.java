package no.ehelse.followup.roadmap.delays;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.ehelse.followup.events.roadmap.Phase;

@Schema(name = "DelayShares", description = "The shares of significantly delayed milestones on a date: indicators 5.2 "
        + "(development) and 5.3 (introduction).")
public record DelayShares(
        @Schema(example = "2025-06-30") LocalDate date,
        @Schema(description = "Whose knowledge the figures reflect: the date itself, or today for a date ahead "
                + "(answered from today's forecasts)", example = "2025-06-30") LocalDate knownOn,
        @Schema(description = "A delay above this many days is significant", example = "90") int significantDelayDays,
        DelayShare development,
        DelayShare introduction) {

    @Schema(name = "DelayShare", description = "The share of significantly delayed milestones among those of some phases.")
    public record DelayShare(
            @Schema(example = "5.2") String indicatorId,
            @Schema(example = "Betydelige forsinkelser i utvikling av e-helseløsninger") String indicatorName,
            List<Phase> phases,
            @Schema(description = "Milestones of these phases in the roadmap on the date", example = "12") int milestones,
            @Schema(example = "2") int significantlyDelayed,
            @Schema(description = "100 × significantlyDelayed / milestones, one decimal; null without milestones",
                    example = "16.7") BigDecimal percent,
            List<DelayedMilestone> delayed) {
    }

    @Schema(name = "DelayedMilestone", description = "A significantly delayed milestone, as it stood on the date.")
    public record DelayedMilestone(
            @Schema(example = "pasientens-legemiddelliste") String deliveryId,
            @Schema(example = "sfm-legevakt") String milestoneId,
            String name,
            Phase phase,
            @Schema(example = "2025-12-31") LocalDate baselineDate,
            @Schema(description = "The actual date if reached by then, else the forecast", example = "2026-06-30") LocalDate date,
            boolean reached,
            @Schema(example = "181") long delayDays) {
    }
}
