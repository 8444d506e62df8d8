package no.ehelse.followup.reporting;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import no.ehelse.followup.testsupport.KafkaTestResource;
import no.ehelse.followup.reporting.web.KeycloakTestResource;
import no.ehelse.followup.testsupport.PostgresTestResource;

/**
 * The real servers every test in this module runs against, started once for the module: PostgreSQL,
 * a Kafka broker, an OIDC provider that validates signed JWTs (machine clients' bearer tokens), and the
 * real Keycloak with the suite's realm, where people sign in to the dashboard.
 */
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "reporting"))
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakTestResource.class, scope = TestResourceScope.GLOBAL)
public final class TestInfrastructure {

    private TestInfrastructure() {
    }
}
