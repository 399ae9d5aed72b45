package uk.awarding.registration.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static uk.awarding.registration.Api.CENTRE;

import java.sql.SQLTransientConnectionException;

import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A centre looked up in a transaction that cannot reach the database is a database failure (503), never "unknown
 * centre" (403) or "no such centre" (404). DatabaseOutageIT met it: MariaDB stopped under a pooled connection,
 * Narayana could not enlist it and marked the transaction for rollback, and Hibernate's find then answered null.
 */
@QuarkusTest
class LookupInFailedTransactionTest {

    @Inject
    Centres centres;

    @Test
    void aCentreTheDatabaseCouldNotBeAskedForIsNotAMissingCentre() throws Exception {
        assertEquals(CENTRE, centres.existing(CENTRE).centreNumber());

        QuarkusTransaction.begin();
        try {
            // As Narayana leaves a transaction whose connection could not be enlisted: no connection joins it now.
            QuarkusTransaction.setRollbackOnly();
            PersistenceException failure = assertThrows(PersistenceException.class, () -> centres.existing(CENTRE));
            assertInstanceOf(SQLTransientConnectionException.class, failure.getCause());
        } finally {
            QuarkusTransaction.rollback();
        }
    }
}
