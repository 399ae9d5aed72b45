package uk.awarding.testengine.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;

import org.hibernate.jpa.HibernateHints;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import uk.awarding.testengine.domain.Sitting;
import uk.awarding.testengine.domain.SittingQuestion;
import uk.awarding.testengine.domain.SittingStatus;

@ApplicationScoped
public class SittingRepository implements PanacheRepositoryBase<Sitting, String> {

    /**
     * {@link Sitting#saveOutcome}'s rule as one statement: the answer and the sequence number are stored only in the
     * candidate's own open sitting, not paused, whose deadline (added time and ended pauses included) is not before the
     * cutoff, and only if the sequence number is newer than the last accepted. The row lock of the update orders it
     * with every other save, pause, resume and marking of the sitting.
     */
    private static final String SAVE_IF_ACCEPTED = """
            UPDATE sitting s JOIN sitting_question q ON q.sitting_id = s.id AND q.position = ?
            SET q.selected_option = ?, q.flagged = IF(?, ?, q.flagged), q.sequence = ?, s.last_sequence = ?
            WHERE s.id = ? AND s.uln = ? AND s.status = 'OPEN' AND s.paused_at IS NULL AND s.deadline >= ?
              AND s.last_sequence < ?""";
    private static final String FLAGGED = "SELECT flagged FROM sitting_question WHERE sitting_id = ? AND position = ?";
    /** The connection's time zone is UTC (application.properties, new-connection-sql). */
    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private final DataSource dataSource;

    SittingRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Stores an answer save if {@link Sitting#saveOutcome} accepts it, in one guarded update with no entity loaded: the
     * busiest path of the service. Outside a transaction the update commits by itself before this returns; inside one,
     * it is part of it.
     *
     * @param optionId the chosen option, or null to clear the answer
     * @param flagged the flag, or null to keep it as it is
     * @param cutoff the instant the deadline must not be before: now minus the grace for saves in flight, to the
     *        microsecond (the column's precision)
     * @return whether the save was stored; when not, the caller finds out why from the sitting
     */
    public boolean saveIfAccepted(String sittingId, String uln, int position, String optionId, Boolean flagged,
            long sequence, Instant cutoff) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(SAVE_IF_ACCEPTED)) {
            update.setInt(1, position);
            if (optionId == null) {
                update.setNull(2, Types.CHAR);
            } else {
                update.setString(2, optionId);
            }
            update.setBoolean(3, flagged != null);
            update.setBoolean(4, Boolean.TRUE.equals(flagged));
            update.setLong(5, sequence);
            update.setLong(6, sequence);
            update.setString(7, sittingId);
            update.setString(8, uln);
            update.setTimestamp(9, Timestamp.from(cutoff), Calendar.getInstance(UTC));
            update.setLong(10, sequence);
            return update.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new PersistenceException("Could not save the answer", e);
        }
    }

    /** The stored flag of one question. */
    public boolean flagged(String sittingId, int position) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(FLAGGED)) {
            query.setString(1, sittingId);
            query.setInt(2, position);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("No question " + position + " in sitting " + sittingId);
                }
                return row.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new PersistenceException("Could not read the flag", e);
        }
    }

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

    /** Every sitting the candidate has started for the unit, the earliest first. */
    public List<Sitting> attempts(String uln, String unit) {
        return list("uln = ?1 and unit = ?2 order by startedAt", uln, unit);
    }

    /**
     * Open sittings whose deadline (plus the grace for saves) has passed: due to be closed and marked. A paused sitting
     * is not: its clock stands still.
     */
    public List<String> expiredIds(Instant cutoff) {
        return getEntityManager()
                .createQuery("select s.id from Sitting s where s.status = ?1 and s.deadline < ?2 and s.pausedAt is null",
                        String.class)
                .setParameter(1, SittingStatus.OPEN).setParameter(2, cutoff).getResultList();
    }

    /** The candidate's open sittings, in a session or not, oldest first. */
    public List<Sitting> openOf(String uln) {
        return list("uln = ?1 and status = ?2 order by startedAt", uln, SittingStatus.OPEN);
    }

    /** The sittings started in a test session. */
    public List<Sitting> ofSession(String sessionId) {
        return list("sessionId", sessionId);
    }

    /** The open sitting a registration started in a session, locked for update. */
    public Optional<Sitting> findOpenInSessionForUpdate(String sessionId, String registrationId) {
        return find("sessionId = ?1 and registrationId = ?2 and status = ?3", sessionId, registrationId,
                SittingStatus.OPEN).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public long countOpenInSession(String sessionId) {
        return count("sessionId = ?1 and status = ?2", sessionId, SittingStatus.OPEN);
    }

    /**
     * Per sitting of a session, {questions, answered}: one aggregate query for the whole room. Only counts: no
     * answer leaves this query.
     */
    public Map<String, long[]> progressInSession(String sessionId) {
        return getEntityManager().createQuery("select q.sitting.id, count(q), "
                + "sum(case when q.selectedOption is not null then 1 else 0 end) from SittingQuestion q "
                + "where q.sitting.sessionId = ?1 group by q.sitting.id", Object[].class)
                .setParameter(1, sessionId).getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0],
                        row -> new long[] { ((Number) row[1]).longValue(), ((Number) row[2]).longValue() }));
    }

    /**
     * Pauses every running sitting of a session in one statement: a room of a thousand is one short transaction, not
     * a thousand entity updates. Sittings already paused keep their own pause.
     *
     * @return how many sittings were paused
     */
    public int pauseSession(String sessionId, Instant now, String by) {
        return getEntityManager().createQuery("update Sitting s set s.pausedAt = ?1, s.pausedBy = ?2 "
                + "where s.sessionId = ?3 and s.status = ?4 and s.pausedAt is null")
                .setParameter(1, now).setParameter(2, by).setParameter(3, sessionId).setParameter(4, SittingStatus.OPEN)
                .executeUpdate();
    }

    /** When the paused sittings of a session were paused: one instant for a room pause, more for single pauses. */
    public List<Instant> pausesInSession(String sessionId) {
        return getEntityManager().createQuery("select distinct s.pausedAt from Sitting s "
                + "where s.sessionId = ?1 and s.status = ?2 and s.pausedAt is not null", Instant.class)
                .setParameter(1, sessionId).setParameter(2, SittingStatus.OPEN).getResultList();
    }

    /**
     * Resumes, in one statement, the sittings of a session paused at {@code since}: each deadline moves by the same
     * {@code paused} ({@link uk.awarding.testengine.domain.Deadline#paused}, computed on instants by the caller), as
     * {@link Sitting#resume} moves one. The database adds it to a TIMESTAMP in the connection's time zone, which is
     * UTC (application.properties, {@code new-connection-sql}), so no clock change can shift it.
     *
     * @return how many sittings were resumed
     */
    public int resumeSession(String sessionId, Instant since, Duration paused) {
        return getEntityManager().createNativeQuery("UPDATE sitting SET deadline = deadline + INTERVAL ?1 MICROSECOND, "
                + "paused_millis = paused_millis + ?2, paused_at = NULL, paused_by = NULL "
                + "WHERE session_id = ?3 AND status = 'OPEN' AND paused_at = ?4")
                .setParameter(1, paused.toMillis() * 1000).setParameter(2, paused.toMillis()).setParameter(3, sessionId)
                .setParameter(4, since).executeUpdate();
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
                        + "join q.sitting s join q.item i where s.unit = ?1 and s.status in ?2 order by s.id", Object[].class)
                .setParameter(1, unit).setParameter(2, SittingStatus.COMPLETED)
                .setHint(HibernateHints.HINT_FETCH_SIZE, 1000).setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultStream();
    }
}
