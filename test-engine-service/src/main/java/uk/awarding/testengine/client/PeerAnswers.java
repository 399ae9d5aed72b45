package uk.awarding.testengine.client;

import java.util.Optional;

import jakarta.ws.rs.WebApplicationException;

import io.smallrye.mutiny.Uni;

/** How a peer's answers read here. */
final class PeerAnswers {

    private PeerAnswers() {
    }

    /** The peer's answer, or empty for its 404; any other failure stays a failure (for retries and the breaker). */
    static <T> Uni<Optional<T>> orEmptyIfNotFound(Uni<T> answer) {
        return answer.map(Optional::of).onFailure(PeerAnswers::isNotFound).recoverWithItem(Optional.empty());
    }

    private static boolean isNotFound(Throwable failure) {
        return failure instanceof WebApplicationException e && e.getResponse().getStatus() == 404;
    }
}
