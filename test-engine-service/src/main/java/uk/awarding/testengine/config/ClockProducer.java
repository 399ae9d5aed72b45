package uk.awarding.testengine.config;

import java.time.Clock;
import java.time.ZoneOffset;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.arc.DefaultBean;

/**
 * The server's clock is the only clock: a candidate's device cannot move a deadline. A bean so tests can replace it
 * and move time.
 */
public class ClockProducer {

    /**
     * Ticks in whole milliseconds, which the database's TIMESTAMP(6) columns keep exactly: the deadline a sitting's
     * start answers with is the one stored, so a resumed sitting reports the very same deadline.
     */
    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.tickMillis(ZoneOffset.UTC);
    }
}
