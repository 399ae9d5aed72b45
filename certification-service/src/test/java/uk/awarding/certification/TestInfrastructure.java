package uk.awarding.certification;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import uk.awarding.platform.testing.MariaDbTestResource;

/**
 * Every test of this module runs against a real MariaDB schema, an OIDC server that signs real tokens, and
 * contract-checked stubs of registration-service and catalogue-service.
 */
@QuarkusTestResource(value = MariaDbTestResource.class, initArgs = @ResourceArg(name = "schema", value = "certification"))
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(PeerStubs.class)
public final class TestInfrastructure {

    private TestInfrastructure() {
    }
}
