package uk.awarding.testengine.web;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import uk.awarding.platform.problem.ProblemException;
import uk.awarding.testengine.client.RegistrationView;

/** The signed-in candidate's registrations, behind timeouts, retries and a circuit breaker; down means a 503. */
@ApplicationScoped
public class CandidateRegistrations {

    // A candidate has a handful of registrations; one page of this size holds them all.
    private static final int PAGE_SIZE = 100;

    private final CandidateRegistrationsClient client;

    CandidateRegistrations(@RestClient CandidateRegistrationsClient client) {
        this.client = client;
    }

    @Timeout(3000)
    @Retry(maxRetries = 2, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 20)
    @Fallback(fallbackMethod = "unavailable")
    public List<RegistrationView> active(String accessToken) {
        return client.list("Bearer " + accessToken, "ACTIVE", PAGE_SIZE).items();
    }

    List<RegistrationView> unavailable(String accessToken) {
        throw ProblemException.unavailable("registration-unavailable", "Registration service unavailable",
                "Your registrations cannot be listed just now; please try again in a minute.");
    }
}
