package uk.awarding.testengine.client;

import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import uk.awarding.platform.problem.ProblemException;

/** registration-service behind timeouts, retries and a circuit breaker; when it is down, a 503 problem. */
@ApplicationScoped
public class Registrations {

    /** registration-service's ids (UUIDs) are letters, digits and hyphens. */
    private static final Pattern REGISTRATION_ID = Pattern.compile("[A-Za-z0-9-]+");

    private final RegistrationClient client;

    Registrations(@RestClient RegistrationClient client) {
        this.client = client;
    }

    /** The registration, or empty when registration-service does not know it. */
    @Timeout(3000)
    @Retry(maxRetries = 2, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 20)
    @Fallback(fallbackMethod = "unavailable")
    public Optional<RegistrationView> find(String registrationId) {
        if (!REGISTRATION_ID.matcher(registrationId).matches()) {
            return Optional.empty(); // asking would earn a 400 or 405 that counts against the circuit breaker
        }
        try {
            return Optional.of(client.get(registrationId));
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    Optional<RegistrationView> unavailable(String registrationId) {
        throw ProblemException.unavailable("registration-unavailable", "Registration service unavailable",
                "Your registration cannot be checked just now. Nothing was started; please try again in a minute.");
    }
}
