package uk.awarding.registration;

import io.quarkus.test.junit.QuarkusTest;
import uk.awarding.platform.testing.ServiceHealthTest;

@QuarkusTest
class HealthTest extends ServiceHealthTest {

    HealthTest() {
        super("registration-service");
    }
}
