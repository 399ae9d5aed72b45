package uk.awarding.testengine.repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.hibernate.jpa.HibernateHints;

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

    /** The candidate's open sitting of this registration and unit. */
    public Optional<Sitting> findOpen(String uln, String registrationId, String unit) {
        return find("uln = ?1 and registrationId = ?2 and unit = ?3 and status = ?4", uln, registrationId, unit,
                SittingStatus.OPEN).firstResultOptional();
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

    /**
     * Every response of the unit's completed (submitted or expired) sittings as {@code [sitting id, item code,
     * version, key, selected option]}, one sitting's rows together. One query over the form rows instead of
     * sitting entity graphs: a unit can have tens of thousands of sittings. Streamed in batches, so the caller
     * holds one sitting at a time; close the stream.
     */
    public Stream<Object[]> completedResponses(String unit) {
        return getEntityManager()
                .createQuery("select s.id, i.itemCode, i.version, i.answerKey, q.selectedOption from SittingQuestion q "
                        + "join q.sitting s join q.item i where s.unit = ?1 and s.status <> ?2 order by s.id", Object[].class)
                .setParameter(1, unit).setParameter(2, SittingStatus.OPEN)
                .setHint(HibernateHints.HINT_FETCH_SIZE, 1000).setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultStream();
    }
}
