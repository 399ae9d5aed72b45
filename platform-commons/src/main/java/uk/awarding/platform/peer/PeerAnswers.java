package uk.awarding.platform.peer;

import java.util.Optional;
import java.util.function.Supplier;

import jakarta.ws.rs.WebApplicationException;

import io.smallrye.mutiny.Uni;

/**
 * A peer's "not found" read as an answer: empty, a success for the peer's guard (neither retried nor counted against
 * its breaker). Every other failure stays a failure, for the guard to retry and count.
 */
public final class PeerAnswers {

    private PeerAnswers() {
    }

    /** What {@code call} answers, or empty for the peer's 404. */
    public static <T> Optional<T> orEmptyIfNotFound(Supplier<T> call) {
        try {
            return Optional.of(call.get());
        } catch (WebApplicationException e) {
            if (isNotFound(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** The peer's answer, or empty for its 404. */
    public static <T> Uni<Optional<T>> orEmptyIfNotFound(Uni<T> answer) {
        return answer.map(Optional::of).onFailure(PeerAnswers::isNotFound).recoverWithItem(Optional.empty());
    }

    private static boolean isNotFound(Throwable failure) {
        return failure instanceof WebApplicationException e && e.getResponse().getStatus() == 404;
    }
}
