package no.ehelse.followup.webhook.deliveries;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The pauses between a delivery's attempts: after the n-th failed attempt the n-th pause, and no more
 * attempts once they are spent. Kept as data in the delivery row (the next attempt's time), not in a
 * retry library's memory, so a pending delivery survives a restart and is taken by any replica.
 */
public record RetrySchedule(List<Duration> pauses) {

    public RetrySchedule {
        pauses = List.copyOf(pauses);
    }

    /** @return the pause before the next attempt after {@code failedAttempts} failures; empty when the schedule is spent */
    public Optional<Duration> after(int failedAttempts) {
        return failedAttempts >= 1 && failedAttempts <= pauses.size() ? Optional.of(pauses.get(failedAttempts - 1)) : Optional.empty();
    }
}
