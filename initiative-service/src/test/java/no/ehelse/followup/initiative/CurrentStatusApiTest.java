package no.ehelse.followup.initiative;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import no.ehelse.followup.testsupport.Organisations;
import no.ehelse.followup.testsupport.TestClock;
import no.ehelse.followup.testsupport.Tokens;

/** The initiative's current status, derived from its owners' latest reports (README: "initiative-service rules"). */
@QuarkusTest
class CurrentStatusApiTest {

    private static final String NHN = Tokens.reporter(Organisations.NHN);
    private static final String HELSE_VEST = Tokens.reporter(Organisations.HELSE_VEST);

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theCurrentStatusIsTheWorstOfTheOwnersLatestReports() {
        clock.set(LocalDate.of(2025, 10, 15));
        String path = Initiatives.define("3.K", Initiatives.active("3.K", Initiatives.NHN, Initiatives.HELSE_VEST));
        Initiatives.report(NHN, "3.K", Initiatives.statusReport("2025T2", "GREEN", "")).statusCode(201);
        Initiatives.get(path).statusCode(200)
                .body("currentStatus.overallStatus", equalTo("GREEN"))
                .body("currentStatus.asOf", equalTo("2025-08-31"));

        Initiatives.report(HELSE_VEST, "3.K", Initiatives.statusReport("2025T2", "RED", "\"summary\": \"Vesentlig forsinket.\""))
                .statusCode(201);
        Initiatives.get(path).statusCode(200)
                .body("currentStatus.overallStatus", equalTo("RED"))
                .body("currentStatus.latestReports.owner", equalTo(List.of(Organisations.NHN, Organisations.HELSE_VEST)))
                .body("currentStatus.latestReports.overallStatus", equalTo(List.of("GREEN", "RED")));
        Initiatives.get("/api/v1/initiatives?goal=3&status=RED").statusCode(200).body("id", hasItem("3.K"));

        // A correction replaces the owner's report; a report for a later period becomes the owner's latest.
        Initiatives.report(HELSE_VEST, "3.K", Initiatives.statusReport("2025T2", "YELLOW", "\"summary\": \"Noe forsinket.\""))
                .statusCode(200);
        Initiatives.report(NHN, "3.K", Initiatives.statusReport("2025-10-01", "GREEN", "")).statusCode(201);
        Initiatives.get(path).statusCode(200)
                .body("currentStatus.overallStatus", equalTo("YELLOW"))
                .body("currentStatus.asOf", equalTo("2025-10-01"))
                .body("currentStatus.latestReports.period", equalTo(List.of("2025-10-01", "2025T2")));
        Initiatives.get("/api/v1/initiatives?goal=3&status=YELLOW").statusCode(200).body("id", hasItem("3.K"));
        Initiatives.get("/api/v1/initiatives?goal=3&status=RED").statusCode(200).body("id", not(hasItem("3.K")));
    }

    @Test
    void aReportOlderThanTheLastTwoClosedPeriodsNoLongerCounts() {
        // 15 October 2025: 2025T2 closed on 30 September, so reports count from the start of 2025T1.
        clock.set(LocalDate.of(2025, 10, 15));
        String path = Initiatives.define("3.L", Initiatives.active("3.L", Initiatives.NHN, Initiatives.HELSE_VEST));
        Initiatives.report(HELSE_VEST, "3.L", Initiatives.statusReport("2024T3", "RED", "\"summary\": \"Stanset.\""))
                .statusCode(201);
        Initiatives.report(NHN, "3.L", Initiatives.statusReport("2025T1", "GREEN", "")).statusCode(201);
        Initiatives.get(path).statusCode(200)
                .body("currentStatus.overallStatus", equalTo("GREEN"))
                .body("currentStatus.countedFrom", equalTo("2025-01-01"))
                .body("currentStatus.latestReports.find { it.owner == '" + Organisations.HELSE_VEST + "' }.counted", equalTo(false))
                .body("currentStatus.latestReports.find { it.owner == '" + Organisations.NHN + "' }.counted", equalTo(true));

        // 30 January 2026 is 2025T3's deadline: it has not closed yet.
        clock.set(LocalDate.of(2026, 1, 30));
        Initiatives.get(path).statusCode(200).body("currentStatus.overallStatus", equalTo("GREEN"));
        // The day after, 2025T3 has closed: only reports from 2025T2 on count.
        clock.set(LocalDate.of(2026, 1, 31));
        Initiatives.get(path).statusCode(200)
                .body("currentStatus.overallStatus", nullValue())
                .body("currentStatus.asOf", nullValue())
                .body("currentStatus.countedFrom", equalTo("2025-05-01"));
    }

    @Test
    void aFormerOwnersReportsStayInTheHistoryButNoLongerCount() {
        clock.set(LocalDate.of(2025, 10, 15));
        String path = Initiatives.define("3.M", Initiatives.active("3.M", Initiatives.NHN, Initiatives.HELSE_VEST));
        Initiatives.report(NHN, "3.M", Initiatives.statusReport("2025T2", "GREEN", "")).statusCode(201);
        Initiatives.report(HELSE_VEST, "3.M", Initiatives.statusReport("2025T2", "RED", "\"summary\": \"Stanset.\""))
                .statusCode(201);
        Initiatives.get(path).statusCode(200).body("currentStatus.overallStatus", equalTo("RED"));

        Initiatives.define("3.M", Initiatives.active("3.M", Initiatives.NHN));
        Initiatives.get(path).statusCode(200)
                .body("currentStatus.overallStatus", equalTo("GREEN"))
                .body("currentStatus.latestReports.owner", equalTo(List.of(Organisations.NHN)));
        Initiatives.get(path + "/status-reports").statusCode(200)
                .body("owner", hasItem(Organisations.HELSE_VEST));
    }
}
