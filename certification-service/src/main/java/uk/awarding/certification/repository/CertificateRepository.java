package uk.awarding.certification.repository;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import uk.awarding.certification.domain.Certificate;
import uk.awarding.certification.domain.CertificateStatus;

@ApplicationScoped
public class CertificateRepository implements PanacheRepository<Certificate> {

    public Optional<Certificate> findByNumber(String number) {
        return find("number", number).firstResultOptional();
    }

    /** A learner's certificates, newest first (a replacement after its original). */
    public PanacheQuery<Certificate> findHeldBy(String uln) {
        return find("uln", Sort.descending("issuedOn", "id"), uln);
    }

    /** The awarding organisations named on issued certificates: the issuers of their credentials. */
    public List<String> findAwardingOrganisations() {
        return getEntityManager()
                .createQuery("select distinct c.awardingOrganisation from Certificate c", String.class)
                .getResultList();
    }

    /** The certificate first issued on the claim (not a replacement). */
    public Optional<Certificate> findOriginalOfClaim(String claimId) {
        return find("claimId = ?1 and replacementOf is null", claimId).firstResultOptional();
    }

    /** The original and all its replacements: they certify one achievement. */
    public List<Certificate> findChain(Certificate original) {
        return list("id = ?1 or replacementOf.id = ?1", original.getId());
    }

    /** Status-list indexes (certificate ids) of revoked certificates from {@code first} up to, not including, {@code end}. */
    public List<Long> findRevokedIds(long first, long end) {
        return getEntityManager()
                .createQuery("select c.id from Certificate c where c.status = :status and c.id >= :first and c.id < :end",
                        Long.class)
                .setParameter("status", CertificateStatus.REVOKED)
                .setParameter("first", first)
                .setParameter("end", end)
                .getResultList();
    }
}
