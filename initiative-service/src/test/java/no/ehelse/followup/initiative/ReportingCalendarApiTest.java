package no.ehelse.followup.initiative;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
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

/** The reporting calendar: expected reports, deadlines and overdue reports (README: "initiative-service rules"). */
@QuarkusTest
class ReportingCalendarApiTest {

    private static final String NHN = Tokens.reporter(Organisations.NHN);
    private static final String HELSE_VEST = Tokens.reporter(Organisations.HELSE_VEST);

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static String overdueOf(String organisation) {
        return "/api/v1/organisations/" + organisation + "/overdue-reports";
    }

    private static String owed(String owner) {
        return "reporting.overdueReports.find { it.owner == '" + owner + "' }";
    }

    @Test
    void aMissingReportBecomesOverdueTheDayAfterItsDeadline() {
        clock.set(LocalDate.of(2025, 3, 10));
        String path = Initiatives.define("4.K", Initiatives.active("4.K", Initiatives.NHN, Initiatives.HELSE_VEST));
        Initiatives.get(path).statusCode(200)
                .body("reporting.expectsReports", equalTo(true))
                .body("reporting.reportingFrom", equalTo("2025-03-10"))
                .body("reporting.lastClosedPeriod", equalTo("2024T3"))
                .body("reporting.nextPeriod", equalTo("2025T1"))
                .body("reporting.nextDeadline", equalTo("2025-05-30"))
                .body("reporting.overdue", equalTo(false));

        // 2025T1 ends on 30 April; its report is due within 30 days.
        clock.set(LocalDate.of(2025, 5, 30));
        Initiatives.get(path).statusCode(200).body("reporting.overdue", equalTo(false));
        clock.set(LocalDate.of(2025, 5, 31));
        Initiatives.get(path).statusCode(200)
                .body("reporting.overdue", equalTo(true))
                .body("reporting.lastClosedPeriod", equalTo("2025T1"))
                .body("reporting.overdueReports.owner", equalTo(List.of(Organisations.NHN, Organisations.HELSE_VEST)))
                .body(owed(Organisations.NHN) + ".period", equalTo("2025T1"))
                .body(owed(Organisations.NHN) + ".deadline", equalTo("2025-05-30"))
                .body(owed(Organisations.NHN) + ".ownerName", equalTo("Norsk helsenett SF"))
                .body(owed(Organisations.NHN) + ".missingPeriods", equalTo(List.of("2025T1")));
        Initiatives.get("/api/v1/initiatives?goal=4&overdue=true").statusCode(200).body("id", hasItem("4.K"));
        Initiatives.get("/api/v1/initiatives?goal=4&overdue=false").statusCode(200).body("id", not(hasItem("4.K")));
        Initiatives.get(overdueOf(Organisations.NHN)).statusCode(200)
                .body("findAll { it.initiativeId == '4.K' }.period", equalTo(List.of("2025T1")));

        Initiatives.report(NHN, "4.K", Initiatives.statusReport("2025T1", "GREEN", "")).statusCode(201);
        Initiatives.get(path).statusCode(200)
                .body("reporting.overdueReports.owner", equalTo(List.of(Organisations.HELSE_VEST)));
        Initiatives.get(overdueOf(Organisations.NHN)).statusCode(200).body("initiativeId", not(hasItem("4.K")));
        Initiatives.get(overdueOf(Organisations.HELSE_VEST)).statusCode(200).body("initiativeId", hasItem("4.K"));

        // After 2025T2's deadline the missing periods add up.
        clock.set(LocalDate.of(2025, 10, 1));
        Initiatives.get(path).statusCode(200)
                .body(owed(Organisations.NHN) + ".missingPeriods", equalTo(List.of("2025T2")))
                .body(owed(Organisations.HELSE_VEST) + ".missingPeriods", equalTo(List.of("2025T1", "2025T2")));
        Initiatives.get("/api/v1/overdue-reports").statusCode(200)
                .body("findAll { it.initiativeId == '4.K' }.owner", equalTo(List.of(Organisations.NHN, Organisations.HELSE_VEST)));

        // A report on a date in 2025T3 gives the status after 2025T2 too.
        Initiatives.report(HELSE_VEST, "4.K", Initiatives.statusReport("2025-09-15", "GREEN", "")).statusCode(201);
        Initiatives.get(path).statusCode(200)
                .body("reporting.overdueReports.owner", equalTo(List.of(Organisations.NHN)));
    }

    @Test
    void aQuarterlyCadenceAndALaterStartDateShiftTheCalendar() {
        clock.set(LocalDate.of(2025, 1, 15));
        String body = Initiatives.initiative("4.L", "SETTLED", Initiatives.NHN, "ACTIVE", "\"reportsPerYear\": 4");
        String path = Initiatives.define("4.L", body);
        clock.set(LocalDate.of(2025, 4, 15));
        Initiatives.define("4.L", body.replace("\"reportsPerYear\": 4", "\"reportsPerYear\": 4, \"startDate\": \"2025-04-02\""));
        Initiatives.get(path).statusCode(200)
                .body("reporting.reportingFrom", equalTo("2025-04-02"))
                .body("reporting.nextPeriod", equalTo("2025Q1"))
                .body("reporting.nextDeadline", equalTo("2025-04-30"));

        // 2025Q1 ended before the initiative started: nothing is owed for it.
        clock.set(LocalDate.of(2025, 5, 1));
        Initiatives.get(path).statusCode(200)
                .body("reporting.lastClosedPeriod", equalTo("2025Q1"))
                .body("reporting.overdue", equalTo(false));
        clock.set(LocalDate.of(2025, 7, 31));
        Initiatives.get(path).statusCode(200)
                .body("reporting.lastClosedPeriod", equalTo("2025Q2"))
                .body("reporting.lastClosedDeadline", equalTo("2025-07-30"))
                .body(owed(Organisations.NHN) + ".missingPeriods", equalTo(List.of("2025Q2")));
    }

    @Test
    void anInitiativeWithoutOwnerOrganisationNumbersOwesItsReportAsAWhole() {
        clock.set(LocalDate.of(2025, 3, 10));
        String path = Initiatives.define("4.M", Initiatives.initiative("4.M", "SEVERAL", Initiatives.HELSEREGISTRE, "ACTIVE", ""));
        clock.set(LocalDate.of(2025, 6, 1));
        Initiatives.get(path).statusCode(200)
                .body("reporting.overdueReports", hasSize(1))
                .body("reporting.overdueReports[0].owner", nullValue())
                .body("reporting.overdueReports[0].period", equalTo("2025T1"));
        Initiatives.get("/api/v1/overdue-reports").statusCode(200)
                .body("findAll { it.initiativeId == '4.M' }", hasSize(1));

        Initiatives.report(Tokens.admin(), "4.M", Initiatives.statusReport("2025T1", "GREEN", "")).statusCode(201);
        Initiatives.get(path).statusCode(200)
                .body("reporting.overdue", equalTo(false))
                .body("reporting.overdueReports", empty());
    }

    @Test
    void onlyAnActiveInitiativeExpectsReports() {
        clock.set(LocalDate.of(2025, 3, 10));
        String active = Initiatives.initiative("4.N", "SETTLED", Initiatives.NHN, "ACTIVE", "\"startDate\": \"2025-01-01\"");
        String path = Initiatives.define("4.N", active);
        Initiatives.define("4.P", Initiatives.initiative("4.P", "SETTLED", Initiatives.NHN, "PROPOSED", ""));
        clock.set(LocalDate.of(2025, 6, 1));
        Initiatives.get(path).statusCode(200).body("reporting.overdue", equalTo(true));
        Initiatives.get("/api/v1/initiatives/4.P").statusCode(200)
                .body("reporting.expectsReports", equalTo(false))
                .body("reporting.reportingFrom", nullValue())
                .body("reporting.overdue", equalTo(false));

        Initiatives.define("4.N", active.replace("\"ACTIVE\"", "\"STOPPED\"")
                .replace("\"startDate\": \"2025-01-01\"", "\"startDate\": \"2025-01-01\", \"endDate\": \"2025-05-31\""));
        Initiatives.get(path).statusCode(200)
                .body("reporting.expectsReports", equalTo(false))
                .body("reporting.overdueReports", empty());
        Initiatives.get(overdueOf(Organisations.NHN)).statusCode(200)
                .body("initiativeId", not(hasItem("4.N")))
                .body("initiativeId", not(hasItem("4.P")));
    }

    @Test
    void anInvalidOrganisationNumberIsRejected() {
        Initiatives.get(overdueOf("123456789")).statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("orgnr"));
    }
}
