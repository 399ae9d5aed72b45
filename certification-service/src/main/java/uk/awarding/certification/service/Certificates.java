package uk.awarding.certification.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import uk.awarding.certification.domain.Certificate;
import uk.awarding.certification.domain.CertificateNumbers;
import uk.awarding.certification.repository.CertificateRepository;
import uk.awarding.platform.problem.ProblemException;
import uk.awarding.platform.rest.ResultPage;
import uk.awarding.platform.security.Caller;
import uk.awarding.platform.security.Roles;

/**
 * Reading, replacing and revoking certificates. Another centre's or another learner's certificate answers like a
 * missing one. Replacing
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

    /**
     * The certificate for its owner centre, staff, or the learner it names (a {@code candidate} token's ULN). Anybody
     * else's certificate answers like a missing one; a candidate token without a ULN is refused before anything is read.
     */
    @Transactional
    public CertificateView readableBy(String number, Caller caller) {
        String learner = caller.is(Roles.CANDIDATE) ? caller.requireUln() : null;
        return CertificateView.from(find(number, c -> caller.actsFor(c.getCentreNumber()) || c.isOf(learner)));
    }

    /** The certificates of the learner with this ULN, newest first, replacements and revoked ones included. */
    @Transactional
    public ResultPage<CertificateView> heldBy(String uln, int page, int size) {
        PanacheQuery<Certificate> query = certificates.findHeldBy(uln);
        return new ResultPage<>(query.page(Page.of(page, size)).list(), page, size, query.count())
                .map(CertificateView::from);
    }

    /** The awarding organisations that have issued certificates here, by name. */
    @Transactional
    public List<String> awardingOrganisations() {
        return certificates.findAwardingOrganisations();
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

    /** Replacing and revoking are for the owner centre and staff only, never the learner. */
    private Certificate find(String number, Caller caller) {
        return find(number, c -> caller.actsFor(c.getCentreNumber()));
    }

    private Certificate find(String number, Predicate<Certificate> visible) {
        return CertificateNumbers.normalise(number)
                .flatMap(certificates::findByNumber)
                .filter(visible)
                .orElseThrow(() -> ProblemException.notFound("certificate-not-found", "No such certificate",
                        "There is no certificate " + number + " you may see."));
    }
}
