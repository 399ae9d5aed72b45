package uk.awarding.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLIntegrityConstraintViolationException;

import jakarta.transaction.RollbackException;
import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

/** A lost race for a unique key is a 409 the client can act on; any other broken constraint stays our 500. */
class ConcurrentChangeProblemTest {

    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void aDuplicateKeyFoundAtCommitIsAConflict() {
        // As Narayana reports a flush that failed at commit: the driver's refusal is suppressed, not the cause.
        RollbackException commit = new RollbackException("ARJUNA016053: Could not commit transaction.");
        commit.addSuppressed(new RuntimeException("could not execute statement", duplicate()));

        Response response = mappers.unexpected(commit, null);

        assertEquals(409, response.getStatus());
        assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
        assertEquals("urn:awarding:problem:concurrent-change", ((Problem) response.getEntity()).getType());
    }

    @Test
    void aDuplicateKeyWrappedByHibernateIsAConflict() {
        Response response = mappers.unexpected(new RuntimeException("could not execute statement", duplicate()), null);

        assertEquals(409, response.getStatus());
    }

    @Test
    void aForeignKeyViolationIsABugNotARace() {
        SQLIntegrityConstraintViolationException foreignKey = new SQLIntegrityConstraintViolationException(
                "Cannot add or update a child row: a foreign key constraint fails", "23000", 1452);

        Response response = mappers.unexpected(new RuntimeException(foreignKey), null);

        assertEquals(500, response.getStatus());
        assertEquals("urn:awarding:problem:internal-error", ((Problem) response.getEntity()).getType());
    }

    private static SQLIntegrityConstraintViolationException duplicate() {
        return new SQLIntegrityConstraintViolationException(
                "Duplicate entry 'a1b2' for key 'PRIMARY'", "23000", ProblemMappers.MARIADB_DUPLICATE_KEY);
    }
}
