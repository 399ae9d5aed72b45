package uk.awarding.registration.config;

import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import uk.awarding.platform.outbox.OutboxSettings;

/** Settings of registration-service. */
@ConfigMapping(prefix = "registration")
public interface RegistrationConfig {

    /**
     * The most rows one batch may carry. 500 is a large college's intake for one qualification, keeps the
     * all-or-nothing transaction to seconds, and bounds what one request can ask about learner records.
     */
    @WithDefault("500")
    int batchMaxRows();

    /** The zone whose calendar decides "the registration date" for the minimum-age rule. */
    @WithDefault("Europe/London")
    ZoneId registrationZone();

    /** The relay of withdrawals to test-engine-service. */
    OutboxSettings outbox();
}
