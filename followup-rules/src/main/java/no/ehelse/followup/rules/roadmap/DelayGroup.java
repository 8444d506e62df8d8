package no.ehelse.followup.rules.roadmap;

import java.util.Arrays;
import java.util.List;

import no.ehelse.followup.events.roadmap.Phase;

/** The two delay indicators and the phases whose milestones each counts. */
public enum DelayGroup {
    /** 5.2 Betydelige forsinkelser i utvikling av e-helseløsninger: the national phases 1–2. */
    DEVELOPMENT("5.2", "Betydelige forsinkelser i utvikling av e-helseløsninger"),
    /** 5.3 Betydelige forsinkelser i innføring av e-helseløsninger: phases 3–5. */
    INTRODUCTION("5.3", "Betydelige forsinkelser i innføring av e-helseløsninger");

    private final String indicatorId;
    private final String indicatorName;

    DelayGroup(String indicatorId, String indicatorName) {
        this.indicatorId = indicatorId;
        this.indicatorName = indicatorName;
    }

    public static DelayGroup of(Phase phase) {
        return phase.isNational() ? DEVELOPMENT : INTRODUCTION;
    }

    public String indicatorId() {
        return indicatorId;
    }

    public String indicatorName() {
        return indicatorName;
    }

    public List<Phase> phases() {
        return Arrays.stream(Phase.values()).filter(phase -> of(phase) == this).toList();
    }
}
