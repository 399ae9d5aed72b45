package uk.awarding.testengine.client;

import java.util.Optional;

import jakarta.ws.rs.WebApplicationException;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;

/** How a peer's answers read here. */
public final class PeerAnswers {

    private static final Logger LOG = Logger.getLogger(PeerAnswers.class);

    private PeerAnswers() {
    }

    /** The peer's answer, or empty for its 404; any other failure stays a failure (for retries and the breaker). */
    static <T> Uni<Optional<T>> orEmptyIfNotFound(Uni<T> answer) {
        return logged(answer.map(Optional::of).onFailure(PeerAnswers::isNotFound).recoverWithItem(Optional.empty()));
    }

    /**
     * The peer's answer, its failures logged with their cause and client method. The fallback's 503 says only
     * "unavailable"; this says why (an error status, a refused connection, a token). Once the circuit breaker opens it
     * stops calling, so an outage logs a few lines, not one per request. A call that times out is cancelled, not
     * failed: ft_timeout_calls_total counts those.
     */
    public static <T> Uni<T> logged(Uni<T> answer) {
        return answer.onFailure().invoke(failure -> LOG.warnf("Peer call failed: %s", failure));
    }

    private static boolean isNotFound(Throwable failure) {
        return failure instanceof WebApplicationException e && e.getResponse().getStatus() == 404;
    }
}
