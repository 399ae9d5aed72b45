package uk.awarding.certification.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.OptionalLong;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Two limiters on one database stand for two replicas of the service: their counts must add up. The clock is in a
 * minute far ahead, which the scheduled purge of ended windows never reaches.
 */
@QuarkusTest
class VerificationLimitsTest {

    private static final Clock FUTURE_MINUTE = Clock.fixed(Instant.parse("2099-12-06T10:30:20Z"), ZoneOffset.UTC);

    @Inject
    DataSource dataSource;

    @Test
    void theLimitHoldsAcrossReplicas() {
        VerificationLimits one = new VerificationLimits(dataSource, 5, FUTURE_MINUTE);
        VerificationLimits two = new VerificationLimits(dataSource, 5, FUTURE_MINUTE);
        String address = "192.0.2.61";
        for (int i = 0; i < 5; i++) {
            assertEquals(OptionalLong.empty(), (i % 2 == 0 ? one : two).take(address), "verification " + (i + 1));
        }
        assertEquals(OptionalLong.of(40), two.take(address));
        assertEquals(OptionalLong.of(40), one.take(address));
    }

    @Test
    void aNewMinuteStartsANewCount() {
        String address = "192.0.2.62";
        VerificationLimits limits = new VerificationLimits(dataSource, 1, FUTURE_MINUTE);
        assertEquals(OptionalLong.empty(), limits.take(address));
        assertEquals(OptionalLong.of(40), limits.take(address));
        VerificationLimits nextMinute = new VerificationLimits(dataSource, 1,
                Clock.offset(FUTURE_MINUTE, Duration.ofSeconds(40)));
        assertEquals(OptionalLong.empty(), nextMinute.take(address));
    }

    @Test
    void anIpv6ClientIsItsSlash64() {
        assertEquals(VerificationLimits.client("2001:db8:1:2::1"), VerificationLimits.client("2001:db8:1:2:ffff::9"));
        assertEquals("2001:db8:1:2:0:0:0:0/64", VerificationLimits.client("2001:db8:1:2::1"));
        assertEquals("198.51.100.7", VerificationLimits.client("198.51.100.7"));
    }
}
