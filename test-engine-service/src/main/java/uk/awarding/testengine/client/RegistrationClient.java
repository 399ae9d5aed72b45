package uk.awarding.testengine.client;

import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.smallrye.faulttolerance.api.ApplyGuard;
import io.smallrye.mutiny.Uni;
import uk.awarding.platform.peer.PeerAnswers;
import uk.awarding.platform.peer.PeerClient;
import uk.awarding.platform.peer.PeerGuards;

/**
 * registration-service behind {@link RegistrationApi} and the platform's peer guard; down, it is a 503
 * {@code registration-unavailable}.
 * <p>
 * Non-blocking on purpose. The Quarkus REST client finishes some calls on a worker thread (a response that arrives
 * early, an error status, an access token renewed on the way). A worker thread blocked waiting for such a call then
 * waits for another worker thread: when simultaneous starts make every worker wait at once, none is left and the
 * service stops answering for good. Requests that call a peer therefore wait for it without holding a worker thread,
 * and use one only for their database work ({@code StartUnderFullLoadTest} holds this).
 */
@ApplicationScoped
@ApplyGuard(PeerGuards.REGISTRATION)
@PeerClient
public class RegistrationClient {

    /** registration-service's ids (UUIDs) are letters, digits and hyphens. */
    private static final Pattern REGISTRATION_ID = Pattern.compile("[A-Za-z0-9-]+");

    private final RegistrationApi api;

    RegistrationClient(@RestClient RegistrationApi api) {
        this.api = api;
    }

    /** The registration, or empty when registration-service does not know it. */
    public Uni<Optional<RegistrationView>> find(String registrationId) {
        if (!REGISTRATION_ID.matcher(registrationId).matches()) {
            // asking would earn a 400 or 405 that counts against the circuit breaker
            return Uni.createFrom().item(Optional.empty());
        }
        return PeerAnswers.orEmptyIfNotFound(api.get(registrationId));
    }
}
