package no.ehelse.followup.events.indicator;

/** Event and aggregate types on {@code indicator-events}. Payloads carry the aggregate's full state. */
public final class IndicatorEvents {

    public static final int SCHEMA_VERSION = 2;

    /** Payload {@link Strategy}; one aggregate, id {@value #STRATEGY_ID}. */
    public static final String STRATEGY = "strategy";
    public static final String STRATEGY_ID = "strategy";
    /** Payload {@link Goal}; aggregate id is the goal id. */
    public static final String GOAL = "goal";
    /** Payload {@link Indicator}; aggregate id is the indicator id. */
    public static final String INDICATOR = "indicator";
    /**
     * Payload {@link Measurement}; aggregate id is {@code indicatorId:period:reportedBy} and the
     * aggregate version is the revision.
     */
    public static final String MEASUREMENT = "measurement";

    public static final String STRATEGY_DEFINED = "StrategyDefined";
    public static final String STRATEGY_CHANGED = "StrategyChanged";
    public static final String GOAL_DEFINED = "GoalDefined";
    public static final String GOAL_CHANGED = "GoalChanged";
    public static final String INDICATOR_DEFINED = "IndicatorDefined";
    public static final String INDICATOR_CHANGED = "IndicatorChanged";
    public static final String INDICATOR_RETIRED = "IndicatorRetired";
    public static final String MEASUREMENT_RECORDED = "MeasurementRecorded";
    public static final String MEASUREMENT_CORRECTED = "MeasurementCorrected";

    private IndicatorEvents() {
    }

    public static String measurementId(String indicatorId, String period, String reportedBy) {
        return indicatorId + ":" + period + ":" + reportedBy;
    }
}
