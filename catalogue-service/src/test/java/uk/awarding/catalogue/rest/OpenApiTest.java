package uk.awarding.catalogue.rest;

import io.quarkus.test.junit.QuarkusTest;
import uk.awarding.platform.testing.ServiceOpenApiTest;

@QuarkusTest
class OpenApiTest extends ServiceOpenApiTest {
}
