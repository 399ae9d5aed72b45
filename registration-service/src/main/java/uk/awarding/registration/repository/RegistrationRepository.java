package uk.awarding.registration.repository;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import uk.awarding.platform.rest.ResultPage;
import uk.awarding.registration.domain.Registration;
import uk.awarding.registration.domain.RegistrationStatus;

@ApplicationScoped
public class RegistrationRepository implements PanacheRepositoryBase<Registration, String> {

    /** What a listing may match; a null member does not filter. */
    public record Filter(String centreNumber, String uln, String qualificationId, RegistrationStatus status) {
    }

    public Optional<Registration> findWithLearner(String id) {
        return find("from Registration r join fetch r.learner where r.id = ?1", id).firstResultOptional();
    }

    /** Ordered by registration time, then id, so pages never skip or repeat a row while nothing changes. */
    public ResultPage<Registration> page(Filter filter, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (filter.centreNumber() != null) {
            where.append(" and centreNumber = :centre");
            parameters.and("centre", filter.centreNumber());
        }
        if (filter.uln() != null) {
            where.append(" and learner.uln = :uln");
            parameters.and("uln", filter.uln());
        }
        if (filter.qualificationId() != null) {
            where.append(" and qualificationId = :qualification");
            parameters.and("qualification", filter.qualificationId());
        }
        if (filter.status() != null) {
            where.append(" and status = :status");
            parameters.and("status", filter.status());
        }
        PanacheQuery<Registration> query = find(where.toString(), Sort.by("registeredAt").and("id"), parameters);
        List<Registration> items = query.page(Page.of(page, size)).list();
        List<String> ids = items.stream().map(Registration::id).toList();
        if (!ids.isEmpty()) {
            // Loads the learners of the page in one query rather than one per row.
            find("from Registration r join fetch r.learner where r.id in ?1", ids).list();
        }
        return new ResultPage<>(items, page, size, query.count());
    }

    /** The "uln/qualificationId" pairs among {@code ulns} that have an ACTIVE registration, each with its centre. */
    public Map<String, String> activePairs(Collection<String> ulns) {
        Map<String, String> pairs = new HashMap<>();
        getEntityManager()
                .createQuery("select concat(r.learner.uln, '/', r.qualificationId), r.centreNumber from Registration r "
                        + "where r.status = :active and r.learner.uln in :ulns", Object[].class)
                .setParameter("active", RegistrationStatus.ACTIVE)
                .setParameter("ulns", ulns)
                .getResultList()
                .forEach(row -> pairs.put((String) row[0], (String) row[1]));
        return pairs;
    }

    /** The centre holding the learner's ACTIVE registration on the qualification, if any. */
    public Optional<String> activeAt(String uln, String qualificationId) {
        return getEntityManager()
                .createQuery("select r.centreNumber from Registration r where r.learner.uln = :uln "
                        + "and r.qualificationId = :qualification and r.status = :active", String.class)
                .setParameter("uln", uln)
                .setParameter("qualification", qualificationId)
                .setParameter("active", RegistrationStatus.ACTIVE)
                .getResultStream().findFirst();
    }
}
