package no.ehelse.followup.events.roadmap;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The phases of the roadmap's value chain (veikartets verdikjede), in order. The first two are
 * national: a national owner drives them for the delivery as a whole. From the third on each
 * participating organisation makes its own progress, and the delivery is in the phase a majority of
 * them has reached.
 */
@Schema(name = "Phase", description = "A phase of the roadmap's value chain, in order: CONCEPT_MANDATE (Konsept/mandat), "
        + "DEVELOPMENT_LIMITED_TRIAL (Utvikling og begrenset utprøving), ADAPTATION_EXTENDED_TRIAL (Tilpasning og utvidet "
        + "utprøving), INTRODUCTION (Innføring), NEW_PRACTICE (Ny praksis i bruk). Phases 1–2 are national; from phase 3 "
        + "on each participating actor reports its own phase.")
public enum Phase {
    CONCEPT_MANDATE("Konsept/mandat"),
    DEVELOPMENT_LIMITED_TRIAL("Utvikling og begrenset utprøving"),
    ADAPTATION_EXTENDED_TRIAL("Tilpasning og utvidet utprøving"),
    INTRODUCTION("Innføring"),
    NEW_PRACTICE("Ny praksis i bruk");

    private final String label;

    Phase(String label) {
        this.label = label;
    }

    /** The roadmap's Norwegian name of the phase. */
    public String label() {
        return label;
    }

    /** 1 to 5, the position in the value chain. */
    public int number() {
        return ordinal() + 1;
    }

    /** Phases 1–2, driven nationally for the delivery as a whole. */
    public boolean isNational() {
        return compareTo(ADAPTATION_EXTENDED_TRIAL) < 0;
    }
}
