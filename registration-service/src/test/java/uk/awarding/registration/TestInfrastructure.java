package uk.awarding.registration;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import uk.awarding.platform.testing.MariaDbTestResource;

/**
 * Every test of this module runs against a real MariaDB schema, an OIDC server that signs real tokens and
 * answers this service's client-credentials grant, a stub of catalogue-service serving its contract, and one of
 * test-engine-service accepting withdrawals.
 */
@QuarkusTestResource(value = MariaDbTestResource.class, initArgs = @ResourceArg(name = "schema", value = "registration"))
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(CatalogueStub.class)
@QuarkusTestResource(TestEngineStub.class)
public final class TestInfrastructure {

    private TestInfrastructure() {
    }
}
