package uk.awarding.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTransientConnectionException;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

/** A database outage is a 503 the client can retry, never a 500; a broken statement stays a 500. */
class DatabaseUnavailableProblemTest {

    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void refusedConnectionWrappedByHibernateIsA503WithRetryAfter() {
        // Hibernate's JDBCConnectionException around the MariaDB driver's refusal, as a stopped MariaDB gives it.
        RuntimeException failure = new RuntimeException("Unable to acquire JDBC Connection",
                new SQLNonTransientConnectionException("Socket fail to connect to 127.0.0.1:3307. Connection refused",
                        "08000"));

        Response response = mappers.unexpected(failure, null);

        assertEquals(503, response.getStatus());
        assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
        Problem problem = (Problem) response.getEntity();
        assertEquals("urn:awarding:problem:database-unavailable", problem.getType());
        assertEquals(503, problem.getStatus());
        assertEquals("5", response.getHeaderString(HttpHeaders.RETRY_AFTER));
    }

    @Test
    void connectionLostMidStatementIsUnavailable() {
        // A plain SQLException with SQLState class 08 (communication link failure), wrapped twice.
        SQLException linkFailure = new SQLException("Communications link failure", "08S01");

        assertTrue(ProblemMappers.isDatabaseUnavailable(
                new IllegalStateException("commit failed", new RuntimeException(linkFailure))));
    }

    @Test
    void poolAcquisitionTimeoutIsUnavailable() {
        assertTrue(ProblemMappers.isDatabaseUnavailable(
                new RuntimeException(new SQLException(ProblemMappers.AGROAL_ACQUISITION_TIMEOUT))));
    }

    @Test
    void aDeadPooledConnectionThatCannotJoinTheTransactionIsUnavailable() {
        // As Agroal reports it when MariaDB shut down under a pooled connection, without the driver's cause.
        SQLException enlist = new SQLException("Failed to enlist. Check if a connection from another datasource is "
                + "already enlisted to the same transaction");

        assertTrue(ProblemMappers.isDatabaseUnavailable(new RuntimeException("Unable to acquire JDBC Connection",
                new SQLException("Exception in association of connection to existing transaction", enlist))));
    }

    @Test
    void transientConnectionFailureIsUnavailable() {
        assertTrue(ProblemMappers.isDatabaseUnavailable(new SQLTransientConnectionException("timed out")));
    }

    @Test
    void aMissingTableIsABugNotAnOutage() {
        RuntimeException failure = new RuntimeException("JDBC exception executing SQL",
                new SQLSyntaxErrorException("Table 'registration.idempotency_record' doesn't exist", "42S02"));

        Response response = mappers.unexpected(failure, null);

        assertEquals(500, response.getStatus());
        assertEquals("urn:awarding:problem:internal-error", ((Problem) response.getEntity()).getType());
    }

    @Test
    void aCommitTheDatabaseDiedInIsAnOutage() {
        // As Narayana reports it (DatabaseOutageIT): the RollbackException carries the driver's failure only as a
        // suppressed XAException.
        RuntimeException rollback = new RuntimeException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(new Exception("Error trying to transactionCommit local transaction",
                new SQLNonTransientConnectionException("(conn=13) Socket error")));

        assertTrue(ProblemMappers.isDatabaseUnavailable(new RuntimeException("Error invoking subclass method", rollback)));
    }

    @Test
    void aSuppressedFailureThatIsNoOutageIsNone() {
        RuntimeException rollback = new RuntimeException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(new SQLException("Deadlock found", "40001"));

        assertFalse(ProblemMappers.isDatabaseUnavailable(rollback));
    }

    @Test
    void otherSqlErrorsAndNonSqlFailuresAreNotOutages() {
        assertFalse(ProblemMappers.isDatabaseUnavailable(new SQLException("Deadlock found", "40001")));
        assertFalse(ProblemMappers.isDatabaseUnavailable(new SQLException("no state")));
        assertFalse(ProblemMappers.isDatabaseUnavailable(new IllegalArgumentException("bad")));
    }

    @Test
    void aCyclicCauseChainEnds() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);

        assertFalse(ProblemMappers.isDatabaseUnavailable(first));
    }
}
