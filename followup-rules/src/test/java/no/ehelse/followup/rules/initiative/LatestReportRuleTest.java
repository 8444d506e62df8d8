package no.ehelse.followup.rules.initiative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import no.ehelse.followup.events.EventActor;
import no.ehelse.followup.events.initiative.Assessments;
import no.ehelse.followup.events.initiative.StatusReport;
import no.ehelse.followup.events.initiative.TrafficLight;
import no.ehelse.followup.rules.period.ReportingPeriod;

class LatestReportRuleTest {

    private static final String NHN = "994598759";
    private static final String FHI = "983744516";

    private static StatusReport report(String initiative, String owner, String period, int revision) {
        ReportingPeriod parsed = ReportingPeriod.parse(period);
        return new StatusReport(initiative, parsed.toString(), parsed.start(), parsed.end(), owner, null, revision, true,
                TrafficLight.GREEN, Assessments.NONE, null, null, null, null, null, Instant.EPOCH, EventActor.SYSTEM);
    }

    @ParameterizedTest(name = "{0} is latest among {1}")
    @CsvSource(delimiter = '|', value = {
            "2025T3     | 2025T2, 2025T3, 2025T1",
            "2025T2     | 2025T2, 2025-08-30", // the period ending later wins, whatever its kind
            "2025-08-31 | 2025T2, 2025-08-31", // same end: the later start (a date inside the tertial)
            "2025T3     | 2025, 2025T3, 2025S2", // all end on 31 December: the latest start wins
    })
    void theLatestPeriodByEndThenStartWins(String expected, String periods) {
        List<StatusReport> reports = Arrays.stream(periods.split(",")).map(String::strip)
                .map(period -> report("2.B", NHN, period, 1)).toList();
        assertEquals(ReportingPeriod.parse(expected).toString(),
                LatestReportRule.latestPerOwner(reports).get("2.B").get(0).period());
    }

    @Test
    void eachOwnerOfEachInitiativeHasItsOwnLatest() {
        Map<String, List<StatusReport>> latest = LatestReportRule.latestPerOwner(List.of(report("2.B", NHN, "2025T1", 1),
                report("2.B", FHI, "2024T3", 2), report("2.B", NHN, "2025T2", 1), report("3.B", FHI, "2025Q1", 1)));
        // In owner order, as organisation numbers sort.
        assertEquals(List.of(FHI, NHN), latest.get("2.B").stream().map(StatusReport::owner).toList());
        assertEquals(List.of("2024T3", "2025T2"), latest.get("2.B").stream().map(StatusReport::period).toList());
        assertEquals(1, latest.get("3.B").size());
        assertTrue(LatestReportRule.latestPerOwner(List.of()).isEmpty(), "no reports, no initiatives");
    }

    @Test
    void ofTwoRevisionsOfOnePeriodTheLaterWins() {
        assertEquals(3, LatestReportRule.latestPerOwner(List.of(report("2.B", NHN, "2025T2", 3),
                report("2.B", NHN, "2025T2", 2))).get("2.B").get(0).revision());
    }
}
