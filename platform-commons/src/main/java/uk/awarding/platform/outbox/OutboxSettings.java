package uk.awarding.platform.outbox;

import java.time.Duration;

import io.smallrye.config.WithDefault;

/** A service's outbox relay settings: a group of its {@code @ConfigMapping}, e.g. {@code registration.outbox.*}. */
public interface OutboxSettings {

    /**
     * How often the relay looks for messages due for delivery; read by its {@code @Scheduled} expression, declared here
     * so the key is typed and documented ({@code off} disables it).
     */
    @WithDefault("5s")
    String relayEvery();

    /** First retry delay after a failed delivery; doubles per attempt. */
    @WithDefault("5s")
    Duration retryBackoff();

    /** Longest wait between two delivery attempts: how late a message can arrive after its peer comes back. */
    @WithDefault("30s")
    Duration maxBackoff();

    /** How many due messages one relay run takes. */
    @WithDefault("20")
    int batchSize();
}
