package uk.awarding.testengine.client;

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
import uk.awarding.platform.problem.ProblemException;

/**
 * The signed-in candidate's registrations, behind {@link CandidateRegistrationsApi}, with timeouts, retries and a
 * circuit breaker; down means a 503. Non-blocking for the reason {@link RegistrationClient} gives.
 */
@ApplicationScoped
public class CandidateRegistrationsClient {

    // A candidate has a handful of registrations; one page of this size holds them all.
    private static final int PAGE_SIZE = 100;

    private final CandidateRegistrationsApi api;

    CandidateRegistrationsClient(@RestClient CandidateRegistrationsApi api) {
        this.api = api;
    }

    @Timeout(PeerCalls.TIMEOUT_MS)
    @Retry(maxRetries = 2, delay = 200, abortOn = { TimeoutException.class, CircuitBreakerOpenException.class })
    @CircuitBreaker(requestVolumeThreshold = 20)
    @Fallback(fallbackMethod = "unavailable")
    public Uni<List<RegistrationView>> active(String accessToken) {
        return PeerAnswers.logged(api.list("Bearer " + accessToken, "ACTIVE", PAGE_SIZE))
                .map(RegistrationPage::items);
    }

    Uni<List<RegistrationView>> unavailable(String accessToken) {
        return Uni.createFrom().failure(ProblemException.unavailable("registration-unavailable",
                "Registration service unavailable",
                "Your registrations cannot be listed just now; please try again in a minute."));
    }
}
