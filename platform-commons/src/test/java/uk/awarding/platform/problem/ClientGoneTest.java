package uk.awarding.platform.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import io.vertx.core.http.HttpClosedException;

/** Only Vert.x' own report of a closed connection marks a failure as a hang-up; other I/O failures stay ours. */
class ClientGoneTest {

    @Test
    void closedConnectionUnderABodyReadIsRecognised() {
        // As Quarkus REST's VertxInputStream reports it when the client goes while it waits for the body.
        IOException failure = new IOException(new IOException(new HttpClosedException("Connection was closed")));

        assertTrue(ProblemMappers.isConnectionClosed(failure));
    }

    @Test
    void otherIoFailuresAreNotHangUps() {
        assertFalse(ProblemMappers.isConnectionClosed(new IOException("No space left on device")));
        assertFalse(ProblemMappers.isConnectionClosed(new IllegalStateException("bad", new IOException("reset"))));
    }

    @Test
    void aCyclicCauseChainEnds() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);

        assertFalse(ProblemMappers.isConnectionClosed(first));
    }
}
