package uk.awarding.platform.persistence;

import java.sql.SQLTransientConnectionException;
import java.util.Optional;

import jakarta.persistence.PersistenceException;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Rows found by their id. Hibernate's {@code find} answers null instead of its error when the database fails inside a
 * transaction already marked for rollback (HHH000520, logged at DEBUG only), and Narayana marks the transaction so
 * when a pooled connection that died with MariaDB cannot be enlisted in it. Such an empty answer is the database's
 * failure, not a missing row: answered as "no such centre" or "no such sitting", it would tell a client during an
 * outage that its record does not exist. It is thrown as a database failure instead, which every service answers with
 * 503 {@code database-unavailable}.
 */
public final class Lookups {

    private Lookups() {
    }

    /**
     * What a find by id answered (a repository's {@code findByIdOptional}), if the database really answered it.
     *
     * @throws PersistenceException when it is empty only because the transaction could not reach the database
     */
    public static <T> Optional<T> byId(Optional<T> found) {
        if (found.isEmpty() && QuarkusTransaction.isRollbackOnly()) {
            throw new PersistenceException("A find by id answered nothing in a transaction marked for rollback",
                    new SQLTransientConnectionException("The transaction could not reach the database"));
        }
        return found;
    }
}
