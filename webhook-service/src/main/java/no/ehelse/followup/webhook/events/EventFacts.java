package no.ehelse.followup.webhook.events;

import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import no.ehelse.followup.events.indicator.IndicatorEvents;
import no.ehelse.followup.events.initiative.InitiativeEvents;
import no.ehelse.followup.events.roadmap.RoadmapEvents;

/**
 * What a subscription's filter looks at in an event: its type, the goal it is about, the indicators it
 * concerns and the organisations that made it or that it is about.
 *
 * @param goalId null when the event concerns no goal (an edition), or one not yet known
 */
public record EventFacts(String type, String goalId, Set<String> indicatorIds, Set<String> organisations) {

    public static final Set<String> EVENT_TYPES = Set.of(
            IndicatorEvents.GOAL_DEFINED, IndicatorEvents.GOAL_CHANGED, IndicatorEvents.INDICATOR_DEFINED,
            IndicatorEvents.INDICATOR_CHANGED, IndicatorEvents.INDICATOR_RETIRED, IndicatorEvents.MEASUREMENT_RECORDED,
            IndicatorEvents.MEASUREMENT_CORRECTED,
            InitiativeEvents.INITIATIVE_DEFINED, InitiativeEvents.INITIATIVE_CHANGED,
            InitiativeEvents.INITIATIVE_LIFECYCLE_CHANGED, InitiativeEvents.STATUS_REPORT_SUBMITTED,
            InitiativeEvents.STATUS_REPORT_CORRECTED,
            RoadmapEvents.SUB_GOAL_DEFINED, RoadmapEvents.SUB_GOAL_CHANGED, RoadmapEvents.DELIVERY_DEFINED,
            RoadmapEvents.DELIVERY_CHANGED, RoadmapEvents.DELIVERY_REMOVED, RoadmapEvents.PROGRESS_REPORTED,
            RoadmapEvents.MILESTONE_DEFINED, RoadmapEvents.MILESTONE_CHANGED, RoadmapEvents.MILESTONE_REMOVED,
            RoadmapEvents.MILESTONE_FORECAST_CHANGED, RoadmapEvents.MILESTONE_REACHED, RoadmapEvents.EDITION_FROZEN);

    /** Where an aggregate's goal is found when its own payload does not name it. */
    public interface GoalLookup {
        String goalOf(String aggregateType, String aggregateId);
    }

    public static EventFacts of(JsonNode envelope, GoalLookup goals) {
        String aggregateType = envelope.path("aggregateType").asText();
        JsonNode payload = envelope.path("payload");
        Set<String> indicators = new HashSet<>();
        Set<String> organisations = new HashSet<>();
        add(organisations, envelope.path("actor").path("organisation"));
        String goal = switch (aggregateType) {
            case IndicatorEvents.GOAL -> envelope.path("aggregateId").asText();
            case IndicatorEvents.INDICATOR -> {
                indicators.add(envelope.path("aggregateId").asText());
                yield text(payload.path("goalId"));
            }
            case IndicatorEvents.MEASUREMENT -> {
                indicators.add(payload.path("indicatorId").asText());
                add(organisations, payload.path("reportedBy"));
                yield goals.goalOf(IndicatorEvents.INDICATOR, payload.path("indicatorId").asText());
            }
            case InitiativeEvents.INITIATIVE -> {
                payload.path("relatedIndicatorIds").forEach(id -> add(indicators, id));
                payload.path("owners").forEach(owner -> add(organisations, owner.path("organisationNumber")));
                yield text(payload.path("goalId"));
            }
            case InitiativeEvents.STATUS_REPORT -> {
                add(organisations, payload.path("owner"));
                yield goals.goalOf(InitiativeEvents.INITIATIVE, payload.path("initiativeId").asText());
            }
            case RoadmapEvents.SUB_GOAL -> text(payload.path("goalId"));
            case RoadmapEvents.DELIVERY -> {
                add(organisations, payload.path("nationalOwner").path("organisationNumber"));
                payload.path("participants").forEach(participant -> add(organisations, participant.path("organisationNumber")));
                yield goals.goalOf(RoadmapEvents.SUB_GOAL, payload.path("subGoalId").asText());
            }
            default -> null;
        };
        return new EventFacts(envelope.path("type").asText(), goal, Set.copyOf(indicators), Set.copyOf(organisations));
    }

    private static void add(Set<String> values, JsonNode value) {
        if (value.isTextual() && !value.asText().isBlank()) {
            values.add(value.asText());
        }
    }

    private static String text(JsonNode value) {
        return value.isTextual() ? value.asText() : null;
    }
}
