package uk.awarding.testengine;

import io.quarkus.test.junit.QuarkusTest;
import uk.awarding.platform.testing.ServiceHealthTest;

@QuarkusTest
class HealthTest extends ServiceHealthTest {

    HealthTest() {
        super("test-engine-service");
    }
}
