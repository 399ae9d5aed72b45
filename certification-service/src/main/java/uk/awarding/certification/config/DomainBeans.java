package uk.awarding.certification.config;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import uk.awarding.certification.domain.CertificateNumbers;

/** The plain domain classes the services use, as beans. */
public class DomainBeans {

    /** UTC: issue dates and audit times never depend on the host's zone. */
    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    CertificateNumbers certificateNumbers() {
        return new CertificateNumbers();
    }
}
