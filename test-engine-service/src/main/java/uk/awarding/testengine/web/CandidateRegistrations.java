package uk.awarding.testengine.web;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.smallrye.mutiny.Uni;
import uk.awarding.testengine.client.PeerAnswers;
import uk.awarding.testengine.client.PeerCalls;
import uk.awarding.platform.problem.ProblemException;
import uk.awarding.testengine.client.RegistrationView;

/**
 * The signed-in candidate's registrations, behind timeouts, retries and a circuit breaker; down means a 503.
 * Non-blocking for the reason {@link uk.awarding.testengine.client.RegistrationClient} gives.
 */
@ApplicationScoped
public class CandidateRegistrations {

    // A candidate has a handful of registrations; one page of this size holds them all.
    private static final int PAGE_SIZE = 100;

    private final CandidateRegistrationsClient client;

    CandidateRegistrations(@RestClient CandidateRegistrationsClient client) {
        this.client = client;
    }

    @Timeout(PeerCalls.TIMEOUT_MS)
    @Retry(maxRetries = 2, delay = 200, abortOn = { TimeoutException.class, CircuitBreakerOpenException.class })
    @CircuitBreaker(requestVolumeThreshold = 20)
    @Fallback(fallbackMethod = "unavailable")
    public Uni<List<RegistrationView>> active(String accessToken) {
        return PeerAnswers.logged(client.list("Bearer " + accessToken, "ACTIVE", PAGE_SIZE))
                .map(RegistrationPage::items);
    }

    Uni<List<RegistrationView>> unavailable(String accessToken) {
        return Uni.createFrom().failure(ProblemException.unavailable("registration-unavailable",
                "Registration service unavailable",
                "Your registrations cannot be listed just now; please try again in a minute."));
    }
}
