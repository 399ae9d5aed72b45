package uk.awarding.testengine.config;

import java.time.Duration;

import jakarta.validation.constraints.Size;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import uk.awarding.platform.outbox.OutboxSettings;

/** Settings of test-engine-service. */
@ConfigMapping(prefix = "test-engine")
public interface TestEngineConfig {

    /**
     * The candidate pages' address as browsers reach it (behind the gateway, with its prefix): absolute addresses the
     * pages hand out are built from it, never from the request's Host header.
     */
    String publicUrl();

    /** Saves still accepted this long after the deadline: answers in flight when time ran out are not lost. */
    @WithDefault("30s")
    Duration saveGrace();

    /**
     * How often open sittings past their deadline (plus grace) are closed and marked; read by the sweeper's
     * {@code @Scheduled} expression, declared here so the key is typed and documented ({@code off} disables it).
     */
    @WithDefault("30s")
    String expirySweepEvery();

    /**
     * How long catalogue-service's answers about a unit (the unit and its test specification) are reused by sitting
     * starts: a change in the catalogue reaches new sittings at most this late; {@code 0s} asks every time. Read by
     * the caches' {@code quarkus.cache.caffeine.*.expire-after-write}, declared here so the key is typed and documented.
     */
    @WithDefault("60s")
    Duration catalogueCacheTtl();

    /**
     * The key that encrypts the candidate pages' session cookie ({@code SESSION_COOKIE_SECRET}): the same in every pod,
     * and at least 32 characters, the strength of the AES-256 key derived from it; a shorter one fails the start.
     */
    @Size(min = 32)
    String sessionCookieSecret();

    /** The relay of unit results to certification-service. */
    OutboxSettings outbox();

    Statistics statistics();

    Assembly assembly();

    interface Statistics {
        /** Items answered correctly by fewer than this proportion are flagged too hard. */
        @WithDefault("0.2")
        double minFacility();

        /** Items answered correctly by more than this proportion are flagged too easy. */
        @WithDefault("0.95")
        double maxFacility();

        /** Items whose point-biserial is below this do not separate strong from weak candidates. */
        @WithDefault("0.1")
        double minDiscrimination();

        /**
         * Items are flagged only once this many completed sittings have held them: a proportion or correlation over
         * fewer candidates moves too much with each new one to act on. Below it the figures are reported unflagged,
         * and form assembly counts the item at the mean facility of its assessment criterion's items.
         */
        @WithDefault("100")
        int minResponses();
    }

    interface Assembly {
        /**
         * How long the facilities that balance forms are reused before they are read again from completed sittings:
         * starts never compute statistics themselves.
         */
        @WithDefault("5m")
        Duration facilitiesMaxAge();
    }
}
