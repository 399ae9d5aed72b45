package uk.awarding.certification.client;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.smallrye.faulttolerance.api.ApplyGuard;
import uk.awarding.platform.peer.PeerAnswers;
import uk.awarding.platform.peer.PeerClient;
import uk.awarding.platform.peer.PeerGuards;

/**
 * registration-service as certification needs it, behind {@link RegistrationApi} and the platform's peer guard: who
 * the learner is and which centre owns the registration. Down, it is a 503 {@code registration-unavailable} and
 * nothing is written.
 */
@ApplicationScoped
@ApplyGuard(PeerGuards.REGISTRATION)
@PeerClient
public class RegistrationClient {

    private final RegistrationApi api;

    public RegistrationClient(@RestClient RegistrationApi api) {
        this.api = api;
    }

    /** The registration, or empty when registration-service has none with that id. */
    public Optional<RegistrationView> registration(String registrationId) {
        return PeerAnswers.orEmptyIfNotFound(() -> api.registration(registrationId));
    }
}
