package no.ehelse.followup.initiative;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import no.ehelse.followup.testsupport.EventProbe;
import no.ehelse.followup.testsupport.EventSchemas;
import no.ehelse.followup.testsupport.Organisations;
import no.ehelse.followup.testsupport.Tokens;

/**
 * HelseID's sub-unit ({@code orgnr_child}) and supplier ({@code orgnr_supplier}) claims: recorded with
 * the status report revision (its {@code submittedBy}) and in the event actor, while
 * {@code orgnr_parent} alone decides whose report it is.
 */
@QuarkusTest
class StatusReportActorApiTest {

    /** Valid organisation numbers (check digit), invented for the sub-unit and the supplier. */
    private static final String CHILD = "994598767";
    private static final String SUPPLIER = "923456783";

    private static String token(String parent) {
        return Tokens.sign(Tokens.claims("ehelse-leverandor", parent, Tokens.REPORT, Tokens.READ)
                .claim(Tokens.CHILD_ORGANISATION_CLAIM, CHILD)
                .claim(Tokens.SUPPLIER_CLAIM, SUPPLIER));
    }

    @Test
    void theSubUnitAndTheSupplierAreRecordedWithTheRevisionAndInTheEventActor() {
        Initiatives.define("1.G", Initiatives.active("1.G", Initiatives.NHN));
        try (EventProbe events = Initiatives.events()) {
            Initiatives.report(token(Organisations.NHN), "1.G", Initiatives.statusReport("2025T1", "GREEN", ""))
                    .statusCode(201)
                    .body("owner", equalTo(Organisations.NHN))
                    .body("submittedBy.organisation", equalTo(Organisations.NHN))
                    .body("submittedBy.childOrganisation", equalTo(CHILD))
                    .body("submittedBy.supplierOrganisation", equalTo(SUPPLIER));
            JsonNode event = Initiatives.await(events, "1.G:2025T1:" + Organisations.NHN, "StatusReportSubmitted");
            EventSchemas.assertValid(Initiatives.TOPIC, event);
            assertEquals(CHILD, event.path("actor").path("childOrganisation").asText());
            assertEquals(SUPPLIER, event.path("actor").path("supplierOrganisation").asText());
            assertEquals(SUPPLIER, event.path("payload").path("submittedBy").path("supplierOrganisation").asText());
        }
        // A correction by NHN's own client: each revision keeps who submitted it.
        Initiatives.report(Tokens.reporter(Organisations.NHN), "1.G", Initiatives.statusReport("2025T1", "YELLOW",
                "\"summary\": \"Utprøvingen er forsinket.\""))
                .statusCode(200);
        Initiatives.get("/api/v1/initiatives/1.G/status-reports?history=true").statusCode(200)
                .body("revision", equalTo(List.of(1, 2)))
                .body("[0].submittedBy.childOrganisation", equalTo(CHILD))
                .body("[1].submittedBy.childOrganisation", nullValue())
                .body("[1].submittedBy.supplierOrganisation", nullValue());
    }

    @Test
    void orgnrParentAloneDecidesWhoseReportItIs() {
        // Helse Vest does not own 1.H; a token naming NHN as its sub-unit or supplier changes nothing.
        Initiatives.define("1.H", Initiatives.active("1.H", Initiatives.NHN));
        Initiatives.report(Tokens.sign(Tokens.claims("ehelse-leverandor", Organisations.HELSE_VEST, Tokens.REPORT)
                        .claim(Tokens.CHILD_ORGANISATION_CLAIM, Organisations.NHN)
                        .claim(Tokens.SUPPLIER_CLAIM, Organisations.NHN)),
                "1.H", Initiatives.statusReport("2025T1", "GREEN", ""))
                .statusCode(403).contentType("application/problem+json");
        Initiatives.get("/api/v1/initiatives/1.H/status-reports?history=true").statusCode(200)
                .body("", org.hamcrest.Matchers.empty());
    }
}
