package no.ehelse.followup.roadmap.progress;

import java.util.Collection;
import java.util.Map;

import no.ehelse.followup.events.roadmap.Phase;

/**
 * The roadmap's majority rule: "i veikartsammenheng ser man på hvor langt majoriteten av aktørene
 * har kommet når det konkluderes hvilken fase tjenesten er i".
 * <ul>
 * <li>An actor has reached the phase it reported and every phase before it.</li>
 * <li>An actor without a report has not reached ADAPTATION_EXTENDED_TRIAL.</li>
 * <li>A majority is more than half of all participants; exactly half (a tie) is not.</li>
 * <li>The majority phase is the highest phase from ADAPTATION_EXTENDED_TRIAL on that a majority has
 * reached; without one, the delivery is in its national phase.</li>
 * </ul>
 */
public final class PhaseRule {

    public record Outcome(Phase majorityPhase, Phase phase) {
    }

    private PhaseRule() {
    }

    /**
     * @param participants every participating actor's key
     * @param reported     the phase each actor last reported, by key; actors without a report are absent
     */
    public static Outcome apply(Phase nationalPhase, Collection<String> participants, Map<String, Phase> reported) {
        Phase majority = null;
        for (Phase phase : Phase.values()) {
            if (phase.isNational()) {
                continue;
            }
            long reachedIt = participants.stream()
                    .map(reported::get)
                    .filter(own -> own != null && own.compareTo(phase) >= 0)
                    .count();
            if (2 * reachedIt > participants.size()) {
                majority = phase;
            }
        }
        return new Outcome(majority, majority != null ? majority : nationalPhase);
    }
}
