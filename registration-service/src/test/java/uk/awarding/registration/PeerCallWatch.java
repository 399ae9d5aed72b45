package uk.awarding.registration;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.ext.Provider;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Sees every call this service makes to a peer, on the calling thread, and notes those made while a transaction is
 * open there: such a call holds a database connection for as long as the peer takes to answer, so a slow peer would
 * exhaust the pool. Registered for every REST client of the tests; it only watches.
 */
@Provider
public class PeerCallWatch implements ClientRequestFilter {

    private static final AtomicInteger CALLS = new AtomicInteger();
    private static final Queue<String> IN_TRANSACTION = new ConcurrentLinkedQueue<>();

    @Override
    public void filter(ClientRequestContext request) {
        CALLS.incrementAndGet();
        if (QuarkusTransaction.isActive()) {
            IN_TRANSACTION.add(request.getMethod() + " " + request.getUri().getPath());
        }
    }

    public static void reset() {
        CALLS.set(0);
        IN_TRANSACTION.clear();
    }

    public static int calls() {
        return CALLS.get();
    }

    /** The peer calls made inside a transaction since the last {@link #reset()}. */
    public static List<String> inTransaction() {
        return List.copyOf(IN_TRANSACTION);
    }
}
