package no.ehelse.followup.rules.initiative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import no.ehelse.followup.events.EventActor;
import no.ehelse.followup.events.initiative.Assessments;
import no.ehelse.followup.events.initiative.Initiative;
import no.ehelse.followup.events.initiative.Lifecycle;
import no.ehelse.followup.events.initiative.Owner;
import no.ehelse.followup.events.initiative.Ownership;
import no.ehelse.followup.events.initiative.StatusReport;
import no.ehelse.followup.events.initiative.StatusSource;
import no.ehelse.followup.events.initiative.StatusSourceKind;
import no.ehelse.followup.events.initiative.TrafficLight;
import no.ehelse.followup.rules.period.ReportingPeriod;

class InitiativeStandingsTest {

    private static final String NHN = "994598759";
    private static final String FHI = "983744516";
    private static final LocalDate TODAY = LocalDate.of(2025, 10, 15); // 2025T2 closed on 1 October (30 days' grace)
    private static final InitiativeStandings STANDINGS = new InitiativeStandings(new ReportingCalendar(30, 2));

    private static Initiative initiative(String id) {
        return new Initiative(id, "2", "Pasientens legemiddelliste", null, null,
                new StatusSource(StatusSourceKind.NATIONAL_PORTFOLIO, "Nasjonal portefølje"), Ownership.SEVERAL,
                List.of(new Owner(NHN, "Norsk helsenett SF"), new Owner(FHI, "Folkehelseinstituttet")), "Flere", List.of(),
                List.of(), Lifecycle.ACTIVE, LocalDate.of(2024, 1, 1), null, Instant.parse("2024-01-01T00:00:00Z"), 3,
                Instant.parse("2024-01-01T00:00:00Z"), 1);
    }

    private static StatusReport report(String initiative, String owner, String period, TrafficLight status) {
        ReportingPeriod parsed = ReportingPeriod.parse(period);
        return new StatusReport(initiative, period, parsed.start(), parsed.end(), owner, null, 1, true, status,
                Assessments.NONE, "s", null, null, null, null, Instant.EPOCH, EventActor.SYSTEM);
    }

    @Test
    void eachOwnersLatestReportDecidesTheStatusAndTheCalendar() {
        List<InitiativeStanding> standings = STANDINGS.of(List.of(initiative("2.B"), initiative("3.B")), List.of(
                report("2.B", NHN, "2025T1", TrafficLight.RED), report("2.B", NHN, "2025T2", TrafficLight.GREEN),
                report("2.B", FHI, "2025T2", TrafficLight.YELLOW), report("9.Z", NHN, "2025T2", TrafficLight.RED)), TODAY);

        InitiativeStanding pll = standings.get(0);
        assertEquals("2.B", pll.initiative().id());
        // NHN's older RED is not its latest report; FHI's YELLOW is the worst of the latest.
        assertEquals(TrafficLight.YELLOW, pll.currentStatus().overallStatus());
        assertEquals(List.of("2025T2", "2025T2"),
                pll.currentStatus().latestReports().stream().map(LatestReport::period).toList());
        assertFalse(pll.reporting().overdue(), "both owners reported the latest closed period");

        InitiativeStanding unreported = standings.get(1);
        assertNull(unreported.currentStatus().overallStatus(), "no report counts, whatever other initiatives have");
        assertTrue(unreported.reporting().overdue());
    }
}
