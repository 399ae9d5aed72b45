package uk.awarding.certification.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import uk.awarding.certification.domain.Certificate;
import uk.awarding.certification.domain.CertificateNumbers;
import uk.awarding.certification.repository.CertificateRepository;
import uk.awarding.platform.problem.ProblemException;
import uk.awarding.platform.security.Caller;

/**
 * Reading, replacing and revoking certificates. Another centre's certificate answers like a missing one. Replacing
 * and revoking need no peer: each is one short transaction that reads the certificate, lets it decide
 * ({@link Certificate#replace}, {@link Certificate#revokeWith}) and writes the change with its audit event.
 */
@ApplicationScoped
public class Certificates {

    private final CertificateRepository certificates;
    private final CertificateNumbers numbers;
    private final AuditLog audit;
    private final Clock clock;

    Certificates(CertificateRepository certificates, CertificateNumbers numbers, AuditLog audit, Clock clock) {
        this.certificates = certificates;
        this.numbers = numbers;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public CertificateView readableBy(String number, Caller caller) {
        return CertificateView.from(find(number, caller));
    }

    /** Public verification: the certificate only when the number is known and the family name matches. */
    @Transactional
    public Optional<CertificateView> verify(String number, String familyName) {
        return CertificateNumbers.normalise(number)
                .flatMap(certificates::findByNumber)
                .filter(c -> c.isHeldBy(familyName))
                .map(CertificateView::from);
    }

    /** A new document with its own number, marked REPLACEMENT and linked to the original, which stays valid. */
    @Transactional
    public CertificateView replace(String number, String reason, Caller caller) {
        Certificate certificate = find(number, caller);
        Certificate replacement = certificate.replace(numbers.next(), reason, LocalDate.now(clock));
        certificates.persist(replacement);
        audit.record(caller, "certificate-replaced", certificate.getNumber(),
                "replaced by " + replacement.getNumber() + ": " + reason);
        return CertificateView.from(replacement);
    }

    /** Withdraws the achievement: the original and every replacement of it are revoked. */
    @Transactional
    public CertificateView revoke(String number, String reason, Caller caller) {
        Certificate certificate = find(number, caller);
        List<Certificate> chain = certificates.findChain(certificate.original());
        certificate.revokeWith(chain, reason, Instant.now(clock));
        for (Certificate revoked : chain) {
            audit.record(caller, "certificate-revoked", revoked.getNumber(), reason);
        }
        return CertificateView.from(certificate);
    }

    /** Indexes of the revoked certificates that fall into status list {@code list} (numbered from 1). */
    @Transactional
    public List<Long> revokedIndexes(long list) {
        long first = (list - 1) * Credentials.STATUS_LIST_SIZE;
        return certificates.findRevokedIds(first, first + Credentials.STATUS_LIST_SIZE);
    }

    private Certificate find(String number, Caller caller) {
        return CertificateNumbers.normalise(number)
                .flatMap(certificates::findByNumber)
                .filter(c -> caller.actsFor(c.getCentreNumber()))
                .orElseThrow(() -> ProblemException.notFound("certificate-not-found", "No such certificate",
                        "There is no certificate " + number + " you may see."));
    }
}
