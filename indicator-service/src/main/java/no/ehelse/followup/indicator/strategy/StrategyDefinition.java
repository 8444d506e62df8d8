package no.ehelse.followup.indicator.strategy;

/** What the admin defines about the strategy, trimmed and compared by value: the same again changes nothing. */
record StrategyDefinition(String name, String vision, int fromYear, int toYear) {

    static StrategyDefinition of(StrategyRequest request) {
        return new StrategyDefinition(request.name().strip(), request.vision().strip(), request.fromYear(),
                request.toYear());
    }

    static StrategyDefinition of(StrategyEntity strategy) {
        return new StrategyDefinition(strategy.name, strategy.vision, strategy.fromYear, strategy.toYear);
    }

    void applyTo(StrategyEntity strategy) {
        strategy.name = name;
        strategy.vision = vision;
        strategy.fromYear = fromYear;
        strategy.toYear = toYear;
    }
}
