package no.ehelse.followup.reporting;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import no.ehelse.followup.testsupport.KafkaTestResource;
import no.ehelse.followup.testsupport.KeycloakTestResource;
import no.ehelse.followup.testsupport.PostgresTestResource;

/**
 * The real servers every test in this module runs against, started once for the module: PostgreSQL,
 * a Kafka broker, and Keycloak with the suite's realm, whose published keys validate every token.
 */
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "reporting"))
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakTestResource.class, scope = TestResourceScope.GLOBAL)
public final class TestInfrastructure {

    private TestInfrastructure() {
    }
}
