package no.ehelse.followup.roadmap;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import no.ehelse.followup.testsupport.EventProbe;
import no.ehelse.followup.testsupport.EventSchemas;
import no.ehelse.followup.testsupport.Organisations;
import no.ehelse.followup.testsupport.Tokens;

@QuarkusTest
class ProgressApiTest {

    private static final String RHFS = Roadmap.participants(Roadmap.HSO, Roadmap.HV, Roadmap.HMN, Roadmap.HN);

    private static String phase(String phase, String asOf) {
        return "{\"phase\": \"" + phase + "\", \"asOf\": \"" + asOf + "\"}";
    }

    @Test
    void aParticipantReportsItsOwnPhaseAndTheReportIsPublished() {
        String path = Roadmap.define("progress-own-phase", Roadmap.delivery(RHFS));
        try (EventProbe events = Roadmap.events()) {
            Roadmap.progress(Tokens.reporter(Organisations.HELSE_VEST), "progress-own-phase", """
                    {"phase": "ADAPTATION_EXTENDED_TRIAL", "asOf": "2025-06-30", "value": 34.0, "unit": "kommuner",
                     "text": "Helse Vest planlegger videre innføring i regionen"}""")
                    .statusCode(201)
                    .header("X-Write-Outcome", "CREATED")
                    .body("participants.find { it.organisationNumber == '983658725' }.progress.phase",
                            equalTo("ADAPTATION_EXTENDED_TRIAL"))
                    .body("participants.find { it.organisationNumber == '983658725' }.progress.value", equalTo(34))
                    .body("participants.find { it.organisationNumber == '983658725' }.progress.reportedBy.organisation",
                            equalTo(Organisations.HELSE_VEST))
                    .body("participants.find { it.organisationNumber == '991324968' }.progress", nullValue())
                    .body("phase", equalTo("DEVELOPMENT_LIMITED_TRIAL"));

            JsonNode reported = Roadmap.await(events, "progress-own-phase", "ProgressReported");
            EventSchemas.assertValid(Roadmap.TOPIC, reported);
            assertEquals(Organisations.HELSE_VEST, reported.path("actor").path("organisation").asText());
            assertEquals("ADAPTATION_EXTENDED_TRIAL",
                    reported.path("payload").path("participants").path(1).path("progress").path("phase").asText());
        }
        Roadmap.get(path + "/progress").statusCode(200)
                .body("phase", equalTo(List.of("DEVELOPMENT_LIMITED_TRIAL", "ADAPTATION_EXTENDED_TRIAL")))
                .body("[1].actor", equalTo(Organisations.HELSE_VEST))
                .body("[1].national", equalTo(false))
                .body("[1].current", equalTo(true))
                .body("[1].recordedBy.client", equalTo("reporter-" + Organisations.HELSE_VEST));
    }

    @Test
    void theDeliveryIsInThePhaseMoreThanHalfHaveReachedAndATieIsNotAMajority() {
        Roadmap.define("progress-majority", Roadmap.delivery(RHFS));
        Roadmap.progress(Tokens.reporter(Organisations.HELSE_SOR_OST), "progress-majority", phase("INTRODUCTION", "2025-03-31"))
                .statusCode(201).body("majorityPhase", nullValue()).body("phase", equalTo("DEVELOPMENT_LIMITED_TRIAL"));
        Roadmap.progress(Tokens.reporter(Organisations.HELSE_VEST), "progress-majority", phase("INTRODUCTION", "2025-03-31"))
                .statusCode(201).body("majorityPhase", nullValue());
        Roadmap.progress(Tokens.reporter(Organisations.HELSE_MIDT_NORGE), "progress-majority",
                phase("ADAPTATION_EXTENDED_TRIAL", "2025-03-31"))
                .statusCode(201)
                .body("majorityPhase", equalTo("ADAPTATION_EXTENDED_TRIAL"))
                .body("phase", equalTo("ADAPTATION_EXTENDED_TRIAL"));
        // 2 of 4 in INTRODUCTION is a tie: not a majority; all 4 have reached ADAPTATION_EXTENDED_TRIAL.
        Roadmap.progress(Tokens.reporter(Organisations.HELSE_NORD), "progress-majority",
                phase("ADAPTATION_EXTENDED_TRIAL", "2025-03-31"))
                .statusCode(201)
                .body("phase", equalTo("ADAPTATION_EXTENDED_TRIAL"));
        // NEW_PRACTICE has also reached INTRODUCTION: 3 of 4.
        Roadmap.progress(Tokens.reporter(Organisations.HELSE_NORD), "progress-majority", phase("NEW_PRACTICE", "2025-06-30"))
                .statusCode(201)
                .body("majorityPhase", equalTo("INTRODUCTION"))
                .body("phase", equalTo("INTRODUCTION"));
        // A participant removed by the admin no longer counts: 2 of 3 remaining have reached INTRODUCTION.
        Roadmap.put(Tokens.admin(), "/api/v1/deliveries/progress-majority",
                Roadmap.delivery(Roadmap.participants(Roadmap.HV, Roadmap.HMN, Roadmap.HN)))
                .statusCode(200).body("phase", equalTo("INTRODUCTION"));
        Roadmap.put(Tokens.admin(), "/api/v1/deliveries/progress-majority",
                Roadmap.delivery(Roadmap.participants(Roadmap.HMN, Roadmap.HN)))
                .statusCode(200).body("phase", equalTo("ADAPTATION_EXTENDED_TRIAL"));
        Roadmap.get("/api/v1/deliveries?phase=ADAPTATION_EXTENDED_TRIAL").statusCode(200)
                .body("find { it.id == 'progress-majority' }.majorityPhase", equalTo("ADAPTATION_EXTENDED_TRIAL"));
    }

    @Test
    void anActorWithoutAReportHasNotReachedTheThirdPhase() {
        Roadmap.define("progress-missing", Roadmap.delivery(Roadmap.participants(RHFS, Roadmap.KOMMUNER)));
        Roadmap.progress(Tokens.reporter(Organisations.HELSE_VEST), "progress-missing", phase("NEW_PRACTICE", "2025-06-30"))
                .statusCode(201);
        Roadmap.progress(Tokens.reporter(Organisations.HELSE_NORD), "progress-missing", phase("NEW_PRACTICE", "2025-06-30"))
                .statusCode(201)
                .body("majorityPhase", nullValue())
                .body("phase", equalTo("DEVELOPMENT_LIMITED_TRIAL"));
        // Kommuner has no organisation number: the admin reports for it, naming it.
        Roadmap.progress(Tokens.admin(), "progress-missing", """
                {"actor": "Kommuner", "phase": "ADAPTATION_EXTENDED_TRIAL", "asOf": "2025-06-30",
                 "value": 147, "unit": "kommuner", "text": "147 av 356 kommuner"}""")
                .statusCode(201)
                .body("participants.find { it.name == 'Kommuner' }.progress.phase", equalTo("ADAPTATION_EXTENDED_TRIAL"))
                .body("majorityPhase", equalTo("ADAPTATION_EXTENDED_TRIAL"))
                .body("phase", equalTo("ADAPTATION_EXTENDED_TRIAL"));
    }

    @Test
    void movingBackNeedsAReasonAndTheHistoryKeepsBoth() {
        String path = Roadmap.define("progress-back", Roadmap.delivery(Roadmap.participants(Roadmap.HV)));
        String token = Tokens.reporter(Organisations.HELSE_VEST);
        Roadmap.progress(token, "progress-back", phase("INTRODUCTION", "2025-03-31")).statusCode(201);
        Roadmap.progress(token, "progress-back", phase("ADAPTATION_EXTENDED_TRIAL", "2025-06-30"))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("reason"));
        Roadmap.get(path + "/progress").statusCode(200).body("findAll { !it.national }", hasSize(1));
        Roadmap.progress(token, "progress-back", """
                {"phase": "ADAPTATION_EXTENDED_TRIAL", "asOf": "2025-06-30",
                 "reason": "Innføringen er stanset til ny versjon av journalsystemet er godkjent"}""")
                .statusCode(201)
                .body("phase", equalTo("ADAPTATION_EXTENDED_TRIAL"));
        Roadmap.get(path + "/progress").statusCode(200)
                .body("findAll { !it.national }.phase", equalTo(List.of("INTRODUCTION", "ADAPTATION_EXTENDED_TRIAL")))
                .body("findAll { !it.national }.current", equalTo(List.of(false, true)))
                .body("findAll { !it.national }.revision", equalTo(List.of(1, 2)))
                .body("findAll { !it.national }[1].previousPhase", equalTo("INTRODUCTION"))
                .body("findAll { !it.national }[1].reason",
                        equalTo("Innføringen er stanset til ny versjon av journalsystemet er godkjent"));
    }

    @Test
    void onlyParticipatingActorsReportAndOnlyForThemselves() {
        String path = Roadmap.define("progress-who", Roadmap.delivery(Roadmap.participants(Roadmap.HV, Roadmap.KOMMUNER)));
        String body = phase("ADAPTATION_EXTENDED_TRIAL", "2025-06-30");
        given().contentType(ContentType.JSON).body(body).when().post(path + "/progress").then().statusCode(401);
        Roadmap.progress(Tokens.reader(), "progress-who", body).statusCode(403);
        Roadmap.progress(Tokens.reporter(Organisations.FHI), "progress-who", body)
                .statusCode(403).contentType("application/problem+json");
        Roadmap.progress(Tokens.reporter(Organisations.HELSE_VEST), "progress-who",
                "{\"actor\": \"Kommuner\", \"phase\": \"INTRODUCTION\"}")
                .statusCode(403).body("errors[0].field", equalTo("actor"));
        Roadmap.progress(Tokens.reporter(Organisations.NHN), "progress-who", body)
                .statusCode(403).body("errors[0].field", equalTo("actor"));
        Roadmap.progress(Tokens.admin(), "progress-who", "{\"actor\": \"" + Organisations.FHI + "\", \"phase\": \"INTRODUCTION\"}")
                .statusCode(400).body("errors[0].field", equalTo("actor"));
        Roadmap.progress(Tokens.admin(), "progress-who", body)
                .statusCode(400).body("errors[0].field", equalTo("actor"));
        Roadmap.get(path + "/progress").statusCode(200).body("findAll { !it.national }", hasSize(0));
        Roadmap.progress(Tokens.reporter(Organisations.HELSE_VEST), "progress-who",
                "{\"actor\": \"Helse Vest RHF\", \"phase\": \"INTRODUCTION\", \"asOf\": \"2025-06-30\"}")
                .statusCode(201);
        Roadmap.progress(Tokens.admin(), "progress-unknown", body).statusCode(404);
    }

    @Test
    void theNationalOwnerSetsTheNationalPhases() {
        String path = Roadmap.define("progress-national", Roadmap.delivery(Roadmap.participants(Roadmap.HV))
                .replace("DEVELOPMENT_LIMITED_TRIAL", "CONCEPT_MANDATE"));
        String nhn = Tokens.reporter(Organisations.NHN);
        Roadmap.progress(Tokens.reporter(Organisations.HELSE_VEST), "progress-national",
                "{\"phase\": \"DEVELOPMENT_LIMITED_TRIAL\"}")
                .statusCode(403).body("errors[0].field", equalTo("phase"));
        Roadmap.progress(nhn, "progress-national", "{\"phase\": \"DEVELOPMENT_LIMITED_TRIAL\"}")
                .statusCode(201)
                .body("nationalPhase", equalTo("DEVELOPMENT_LIMITED_TRIAL"))
                .body("phase", equalTo("DEVELOPMENT_LIMITED_TRIAL"));
        Roadmap.progress(nhn, "progress-national", "{\"phase\": \"DEVELOPMENT_LIMITED_TRIAL\", \"text\": \"Igjen\"}")
                .statusCode(200).header("X-Write-Outcome", "UNCHANGED");
        Roadmap.progress(nhn, "progress-national", "{\"phase\": \"CONCEPT_MANDATE\"}")
                .statusCode(400).body("errors[0].field", equalTo("reason"));
        Roadmap.progress(nhn, "progress-national",
                "{\"actor\": \"" + Organisations.HELSE_VEST + "\", \"phase\": \"CONCEPT_MANDATE\", \"reason\": \"Nytt mandat\"}")
                .statusCode(400).body("errors[0].field", equalTo("actor"));
        Roadmap.progress(nhn, "progress-national",
                "{\"phase\": \"CONCEPT_MANDATE\", \"reason\": \"Konseptet utredes på nytt etter utprøvingen\"}")
                .statusCode(201)
                .body("nationalPhase", equalTo("CONCEPT_MANDATE"));
        Roadmap.get(path + "/progress").statusCode(200)
                .body("findAll { it.national }.phase", equalTo(List.of("CONCEPT_MANDATE", "DEVELOPMENT_LIMITED_TRIAL",
                        "CONCEPT_MANDATE")))
                .body("findAll { it.national }[2].reason", equalTo("Konseptet utredes på nytt etter utprøvingen"))
                .body("findAll { it.national }[2].recordedBy.organisation", equalTo(Organisations.NHN));

        // A new national owner takes over the national phase; the old one no longer sets it.
        Roadmap.put(Tokens.admin(), path, Roadmap.delivery(Roadmap.participants(Roadmap.HV))
                .replace("DEVELOPMENT_LIMITED_TRIAL", "CONCEPT_MANDATE")
                .replace(Roadmap.NHN_OWNER, "{\"organisationNumber\": \"" + Organisations.FHI + "\", \"name\": \"FHI\"}"))
                .statusCode(200);
        Roadmap.progress(nhn, "progress-national", "{\"phase\": \"DEVELOPMENT_LIMITED_TRIAL\"}").statusCode(403);
        Roadmap.progress(Tokens.reporter(Organisations.FHI), "progress-national", "{\"phase\": \"DEVELOPMENT_LIMITED_TRIAL\"}")
                .statusCode(201)
                .body("nationalPhase", equalTo("DEVELOPMENT_LIMITED_TRIAL"));
        // The national phase is one series whoever its owner was: FHI's report is its fourth revision.
        Roadmap.get(path + "/progress").statusCode(200)
                .body("findAll { it.national && it.current }.actor", equalTo(List.of(Organisations.FHI)))
                .body("findAll { it.national }.revision", equalTo(List.of(1, 2, 3, 4)));
    }

    @Test
    void badProgressIsRejectedNamingTheFieldAndNothingIsWritten() {
        String path = Roadmap.define("progress-bad", Roadmap.delivery(Roadmap.participants(Roadmap.HV)));
        String token = Tokens.reporter(Organisations.HELSE_VEST);
        Roadmap.progress(token, "progress-bad", phase("ROLLOUT", "2025-06-30"))
                .statusCode(400).body("errors[0].field", equalTo("phase"));
        Roadmap.progress(token, "progress-bad", "{\"asOf\": \"2025-06-30\"}")
                .statusCode(400).body("errors[0].field", equalTo("phase"));
        Roadmap.progress(token, "progress-bad", phase("INTRODUCTION", LocalDate.now().plusDays(2).toString()))
                .statusCode(400).body("errors[0].field", equalTo("asOf"));
        Roadmap.progress(token, "progress-bad", phase("INTRODUCTION", "2025-13-01"))
                .statusCode(400).body("errors[0].field", equalTo("asOf"));
        Roadmap.progress(token, "progress-bad", "{\"deliveryId\": \"another\", \"phase\": \"INTRODUCTION\"}")
                .statusCode(400).body("errors[0].field", equalTo("deliveryId"));
        Roadmap.get(path + "/progress").statusCode(200).body("findAll { !it.national }", hasSize(0));

        Roadmap.progress(token, "progress-bad", phase("INTRODUCTION", "2025-06-30")).statusCode(201);
        Roadmap.progress(token, "progress-bad", phase("NEW_PRACTICE", "2025-05-31"))
                .statusCode(400).body("errors[0].field", equalTo("asOf"));
        Roadmap.progress(token, "progress-bad", phase("INTRODUCTION", "2025-06-30"))
                .statusCode(200).header("X-Write-Outcome", "UNCHANGED");
        Roadmap.progress(token, "progress-bad", phase("NEW_PRACTICE", "2025-09-30")).statusCode(201);
        // Sending the history again (as a loader re-run does) changes nothing.
        Roadmap.progress(token, "progress-bad", phase("INTRODUCTION", "2025-06-30"))
                .statusCode(200).header("X-Write-Outcome", "UNCHANGED")
                .body("participants[0].progress.phase", equalTo("NEW_PRACTICE"));
        Roadmap.get(path + "/progress").statusCode(200).body("findAll { !it.national }", hasSize(2));
    }
}
