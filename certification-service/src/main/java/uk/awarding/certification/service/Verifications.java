package uk.awarding.certification.service;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import uk.awarding.certification.domain.CertificateStatus;

/**
 * Public verification for employers. A wrong family name gets exactly the answer an unknown number gets, so
 * the service never reveals whether a number exists; the per-address rate limit stops guessing either.
 */
@ApplicationScoped
public class Verifications {

    public enum Verdict {
        VALID, REVOKED, UNKNOWN
    }

    public record Verification(String number, Verdict verdict, Optional<CertificateView> certificate) {
    }

    private final Certificates certificates;
    private final VerificationLimits limits;

    Verifications(Certificates certificates, VerificationLimits limits) {
        this.certificates = certificates;
        this.limits = limits;
    }

    public Verification verify(String number, String familyName, String clientAddress) {
        limits.take(clientAddress).ifPresent(seconds -> {
            throw new TooManyVerificationsException(seconds);
        });
        return certificates.verify(number, familyName)
                .map(c -> new Verification(number, c.status() == CertificateStatus.REVOKED ? Verdict.REVOKED
                        : Verdict.VALID, Optional.of(c)))
                .orElseGet(() -> new Verification(number, Verdict.UNKNOWN, Optional.empty()));
    }
}
