package no.ehelse.followup.events.indicator;

/** Type indikator: most of the plan's 2023 indicators are adoption or perceived-result indicators. */
public enum IndicatorType {
    /** Adopsjon. */
    ADOPTION,
    /** Opplevd resultat. */
    PERCEIVED_RESULT,
    /** Resultat. */
    RESULT,
    /** Effekt. */
    EFFECT
}
