package no.ehelse.followup.roadmap.deliveries;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.ehelse.followup.events.initiative.FormerOwner;
import no.ehelse.followup.events.roadmap.Phase;

@Schema(name = "DeliveryRequest", description = "A delivery as the admin defines it (the dataset loader's delivery shape).")
public record DeliveryRequest(
        @Schema(description = "Optional; when given it must be the id in the path", example = "pasientens-legemiddelliste")
        String id,
        @NotBlank @Schema(example = "2.B") String subGoalId,
        @NotBlank @Size(max = 500) @Schema(example = "Pasientens legemiddelliste") String name,
        @Size(max = 10000) String description,
        @Valid @Schema(description = "The national owner, if the roadmap names one; without one only the admin sets the "
                + "national phases and keeps the milestones") ActorRequest nationalOwner,
        @Schema(description = "The actors that take the delivery into use; each reports its own phase from "
                + "ADAPTATION_EXTENDED_TRIAL on")
        List<@NotNull @Valid ActorRequest> participants,
        @Schema(description = "One of the council model's prioritised measures; absent means false") Boolean prioritised,
        @Positive @Schema(description = "Required when prioritised, unique among deliveries: 1 Pasientens legemiddelliste, "
                + "2 deling av journaldokumenter via Kjernejournal, 3 Pasientens prøvesvar, 4 Pasientens kritiske "
                + "informasjon, 5 Pasientens måledata/digital hjemmeoppfølging", example = "1")
        Integer priorityRank,
        @Schema(description = "At most one period per phase") List<@NotNull @Valid PlannedSegment> timeline,
        @Schema(description = "The national phase, CONCEPT_MANDATE or DEVELOPMENT_LIMITED_TRIAL; absent keeps the current "
                + "one (CONCEPT_MANDATE for a new delivery). Later phases follow from the participants' reports. Moving it "
                + "back needs a reason: use POST /progress.")
        Phase nationalPhase,
        @Size(max = 2000) @Schema(description = "Set while the work is paused: why, in the roadmap's words; absent or "
                + "null means not paused", example = "Arbeid er satt på vent i påvente av nødvendige avklaringer.")
        String pausedReason,
        @Schema(description = "Owners beside the national owner, who leads: in collaboration with it (i samarbeid med). "
                + "They do not set the national phase.")
        List<@NotNull @Valid ActorRequest> coOwners,
        @Schema(description = "National owners the delivery had until a date, with who took over (by name); role is not "
                + "used for deliveries")
        List<@NotNull @Valid FormerOwner> formerOwners,
        @Schema(description = "Deliveries that must be in place for this one (forutsetninger), by id: each must be on the "
                + "roadmap, and none may depend on this one in turn", example = "[\"e-multidose\"]")
        List<@NotBlank String> prerequisites,
        @Schema(description = "Other sub-goals the roadmap places the delivery under besides subGoalId (også under delmål), "
                + "by id: each defined, none the delivery's own. It is listed under each, and its delays count for each "
                + "in indicators 5.2 and 5.3", example = "[\"1.A\", \"2.C\"]")
        List<@NotBlank String> alsoUnderSubGoals) {

    List<ActorRequest> participantsOrEmpty() {
        return participants == null ? List.of() : participants;
    }

    List<ActorRequest> coOwnersOrEmpty() {
        return coOwners == null ? List.of() : coOwners;
    }

    List<FormerOwner> formerOwnersOrEmpty() {
        return formerOwners == null ? List.of() : formerOwners;
    }

    List<String> alsoUnderSubGoalsOrEmpty() {
        return alsoUnderSubGoals == null ? List.of() : alsoUnderSubGoals;
    }

    List<String> prerequisitesOrEmpty() {
        return prerequisites == null ? List.of() : prerequisites;
    }

    List<PlannedSegment> timelineOrEmpty() {
        return timeline == null ? List.of() : timeline;
    }

    boolean isPrioritised() {
        return Boolean.TRUE.equals(prioritised);
    }
}
