package uk.awarding.testengine;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import uk.awarding.platform.testing.MariaDbTestResource;

/** Every test of this module runs against a real MariaDB schema and an OIDC server that signs real tokens. */
@QuarkusTestResource(value = MariaDbTestResource.class, initArgs = @ResourceArg(name = "schema", value = "test_engine"))
@QuarkusTestResource(OidcWiremockTestResource.class)
public final class TestInfrastructure {

    private TestInfrastructure() {
    }
}
