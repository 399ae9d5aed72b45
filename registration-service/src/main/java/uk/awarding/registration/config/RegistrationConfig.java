package uk.awarding.registration.config;

import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of registration-service. */
@ConfigMapping(prefix = "registration")
public interface RegistrationConfig {

    /** The most rows one batch may carry: 5,000 keeps one all-or-nothing transaction well under a minute. */
    @WithDefault("5000")
    int batchMaxRows();

    /** The zone whose calendar decides "the registration date" for the minimum-age rule. */
    @WithDefault("Europe/London")
    ZoneId registrationZone();
}
