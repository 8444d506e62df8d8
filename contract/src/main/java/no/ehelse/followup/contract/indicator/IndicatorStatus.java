package no.ehelse.followup.contract.indicator;

public enum IndicatorStatus {
    ACTIVE,
    UNDER_DEVELOPMENT,
    RETIRED
}
