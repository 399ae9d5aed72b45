package uk.awarding.testengine;

import jakarta.inject.Singleton;

import uk.awarding.platform.testing.MovableClock;

/** The service's clock in every @QuarkusTest of the module: the real time, moved by the test. */
@Singleton
public class TestClock extends MovableClock {
}
