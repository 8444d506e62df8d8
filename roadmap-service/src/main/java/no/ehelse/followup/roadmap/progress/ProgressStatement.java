package no.ehelse.followup.roadmap.progress;

import java.math.BigDecimal;
import java.time.LocalDate;

import no.ehelse.followup.events.roadmap.Phase;

/**
 * What a progress report states, compared to tell a report sent again from a new one (the reason is
 * not part of it): the figure canonical (34 and 34.0 are the same), so record equality is the comparison.
 */
record ProgressStatement(Phase phase, LocalDate asOf, BigDecimal value, String unit, String text) {

    ProgressStatement {
        value = canonical(value);
    }

    /** 34.0 and 34 are the same figure: store and publish it as 34. */
    private static BigDecimal canonical(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
