package uk.awarding.testengine.repository;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import uk.awarding.testengine.domain.SessionBooking;
import uk.awarding.testengine.domain.SessionStatus;
import uk.awarding.testengine.domain.TestSession;

@ApplicationScoped
public class TestSessionRepository implements PanacheRepositoryBase<TestSession, String> {

    /** The session, locked so that the room's actions run one after another. */
    public Optional<TestSession> findForUpdate(String id) {
        return find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public List<TestSession> ofCentre(String centreNumber, int page, int size) {
        return find("centreNumber", Sort.descending("date").and("startsFrom", Sort.Direction.Descending).and("id"),
                centreNumber).page(Page.of(page, size)).list();
    }

    public long countOfCentre(String centreNumber) {
        return count("centreNumber", centreNumber);
    }

    /** The open session of this unit the registration is booked on, if any. */
    public Optional<TestSession> findOpenBookedOn(String registrationId, String unit) {
        return openBookedOn("t", TestSession.class, registrationId, unit).getResultList().stream().findFirst();
    }

    /** A session and the registration's booking on it. */
    public record Booked(TestSession session, SessionBooking booking) {
    }

    /**
     * As {@link #findOpenBookedOn}, with the registration's booking on the session, read under a shared lock: a room
     * pause or a closing waits for the reader (a start).
     */
    public Optional<Booked> findOpenBookingForShare(String registrationId, String unit) {
        return openBookedOn("t, b", Object[].class, registrationId, unit).setLockMode(LockModeType.PESSIMISTIC_READ)
                .getResultList().stream().findFirst()
                .map(row -> new Booked((TestSession) row[0], (SessionBooking) row[1]));
    }

    private <T> TypedQuery<T> openBookedOn(String selected, Class<T> type, String registrationId, String unit) {
        return getEntityManager().createQuery("select " + selected + " from TestSession t, SessionBooking b "
                + "where b.sessionId = t.id and b.registrationId = ?1 and t.unit = ?2 and t.status = ?3 "
                + "order by t.startsFrom desc", type)
                .setParameter(1, registrationId).setParameter(2, unit).setParameter(3, SessionStatus.OPEN)
                .setMaxResults(1);
    }
}
