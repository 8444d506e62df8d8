package no.ehelse.followup.events.indicator;

public enum IndicatorStatus {
    ACTIVE,
    UNDER_DEVELOPMENT,
    RETIRED
}
