package no.ehelse.followup.rules.initiative;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;

import no.ehelse.followup.events.initiative.StatusReport;

/**
 * Which report is an organisation's latest on an initiative: of its current revisions, the one for
 * the latest period, periods ordered by their end, then their start (2025 after 2025T3 after
 * 2025-08-31 after 2025T2). What the current status and the reporting calendar are computed from.
 */
public final class LatestReportRule {

    /** Later periods last; a later revision of one period after an earlier one, should both be given. */
    public static final Comparator<StatusReport> LATEST_LAST = Comparator.comparing(StatusReport::periodEnd)
            .thenComparing(StatusReport::periodStart)
            .thenComparingInt(StatusReport::revision);

    private LatestReportRule() {
    }

    /**
     * @param current the current revisions of the reports of one or more initiatives, in any order
     * @return each owner's latest report, by initiative id and then in owner order; initiatives without
     *         reports are absent
     */
    public static Map<String, List<StatusReport>> latestPerOwner(Collection<StatusReport> current) {
        BinaryOperator<StatusReport> later = BinaryOperator.maxBy(LATEST_LAST);
        return current.stream()
                .collect(Collectors.groupingBy(StatusReport::initiativeId, Collectors.collectingAndThen(
                        Collectors.toMap(StatusReport::owner, report -> report, later),
                        byOwner -> byOwner.values().stream().sorted(Comparator.comparing(StatusReport::owner)).toList())));
    }
}
