package uk.awarding.testengine.client;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.smallrye.faulttolerance.api.ApplyGuard;
import io.smallrye.mutiny.Uni;
import uk.awarding.platform.peer.PeerClient;
import uk.awarding.platform.peer.PeerGuards;

/**
 * The signed-in candidate's registrations, behind {@link CandidateRegistrationsApi} and the platform's peer guard
 * (the same one as {@link RegistrationClient}: one breaker for registration-service); down, it is a 503
 * {@code registration-unavailable}. Non-blocking for the reason {@link RegistrationClient} gives.
 */
@ApplicationScoped
@ApplyGuard(PeerGuards.REGISTRATION)
@PeerClient
public class CandidateRegistrationsClient {

    // A candidate has a handful of registrations; one page of this size holds them all.
    private static final int PAGE_SIZE = 100;

    private final CandidateRegistrationsApi api;

    CandidateRegistrationsClient(@RestClient CandidateRegistrationsApi api) {
        this.api = api;
    }

    public Uni<List<RegistrationView>> active(String accessToken) {
        return api.list("Bearer " + accessToken, "ACTIVE", PAGE_SIZE).map(RegistrationPage::items);
    }
}
