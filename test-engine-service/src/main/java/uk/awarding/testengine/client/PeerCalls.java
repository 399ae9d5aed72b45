package uk.awarding.testengine.client;

/** What every call to a peer that a request waits for shares. */
public final class PeerCalls {

    /**
     * How long a request waits for a peer's answer. Exam day queues a thousand starts behind the connection pool to
     * registration-service, so a call may wait seconds for its turn without the peer failing; a call that times out
     * is therefore not retried (that would only lengthen the queue) and fails as the peer being down does.
     */
    public static final long TIMEOUT_MS = 10_000;

    private PeerCalls() {
    }
}
