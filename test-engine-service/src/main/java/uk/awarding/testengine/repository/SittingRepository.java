package uk.awarding.testengine.repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import uk.awarding.testengine.domain.Sitting;
import uk.awarding.testengine.domain.SittingQuestion;
import uk.awarding.testengine.domain.SittingStatus;

@ApplicationScoped
public class SittingRepository implements PanacheRepositoryBase<Sitting, String> {

    /** The candidate's own sitting; another candidate's is treated as absent. */
    public Optional<Sitting> findOwned(String id, String uln) {
        return find("id = ?1 and uln = ?2", id, uln).firstResultOptional();
    }

    /** The candidate's own sitting, locked for update so saves and marking of one sitting run one at a time. */
    public Optional<Sitting> findOwnedForUpdate(String id, String uln) {
        return find("id = ?1 and uln = ?2", id, uln).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** One question of a sitting, without loading the rest of the form (the answer save's hot path). */
    public Optional<SittingQuestion> findQuestion(String sittingId, int position) {
        return getEntityManager()
                .createQuery("select q from SittingQuestion q where q.sitting.id = ?1 and q.position = ?2",
                        SittingQuestion.class)
                .setParameter(1, sittingId).setParameter(2, position).getResultStream().findFirst();
    }

    public long countQuestions(String sittingId) {
        return getEntityManager().createQuery("select count(q) from SittingQuestion q where q.sitting.id = ?1", Long.class)
                .setParameter(1, sittingId).getSingleResult();
    }

    public Optional<Sitting> findForUpdate(String id) {
        return find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public boolean hasOpen(String uln, String unit) {
        return count("openFor", uln + "|" + unit) > 0;
    }

    public long countAttempts(String uln, String unit) {
        return count("uln = ?1 and unit = ?2", uln, unit);
    }

    public boolean hasPassed(String uln, String unit) {
        return count("uln = ?1 and unit = ?2 and passed = true", uln, unit) > 0;
    }

    /** Open sittings whose deadline (plus the grace for saves) has passed: due to be closed and marked. */
    public List<String> expiredIds(Instant cutoff) {
        return getEntityManager()
                .createQuery("select s.id from Sitting s where s.status = ?1 and s.deadline < ?2", String.class)
                .setParameter(1, SittingStatus.OPEN).setParameter(2, cutoff).getResultList();
    }

    public List<Sitting> completed(String unit) {
        return list("unit = ?1 and status <> ?2", unit, SittingStatus.OPEN);
    }
}
