package no.ehelse.followup.roadmap.progress;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import no.ehelse.followup.events.roadmap.Actor;
import no.ehelse.followup.events.roadmap.Phase;
import no.ehelse.followup.roadmap.deliveries.DeliveryEntity;

/** Keeps a delivery's derived phases in step with its participants and their reports. */
@ApplicationScoped
public class DeliveryPhases {

    @Inject
    ProgressLog log;

    public void refresh(DeliveryEntity delivery) {
        Map<String, ProgressEntity> reports = log.currentByActor(List.of(delivery.id)).getOrDefault(delivery.id, Map.of());
        Map<String, Phase> reported = new HashMap<>();
        reports.forEach((actor, report) -> reported.put(actor, report.phase));
        PhaseRule.Outcome outcome = PhaseRule.apply(delivery.nationalPhase,
                delivery.participants.stream().map(Actor::key).toList(), reported);
        delivery.majorityPhase = outcome.majorityPhase();
        delivery.phase = outcome.phase();
    }
}
