package no.ehelse.followup.indicator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import no.ehelse.followup.testsupport.Tokens;

/** An endpoint nobody has decided the roles of is closed, to every valid token and to none. */
@QuarkusTest
class DenyByDefaultTest {

    /** A resource as a developer might add it, forgetting the role annotation; it exists only in tests. */
    @Path("/api/v1/forgotten")
    public static class Forgotten {

        @GET
        @Operation(hidden = true) // not part of the published contract
        public String open() {
            return "anyone";
        }
    }

    @Test
    void anUnannotatedEndpointIsRefusedEvenToAnAdmin() {
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/forgotten")
                .then().statusCode(403).contentType("application/problem+json")
                .body("status", equalTo(403));
        given().when().get("/api/v1/forgotten").then().statusCode(401);
    }
}
