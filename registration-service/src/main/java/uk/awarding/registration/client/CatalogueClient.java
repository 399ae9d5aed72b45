package uk.awarding.registration.client;

import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.smallrye.faulttolerance.api.ApplyGuard;
import uk.awarding.platform.peer.PeerAnswers;
import uk.awarding.platform.peer.PeerClient;
import uk.awarding.platform.peer.PeerGuards;

/**
 * catalogue-service as this service needs it, behind {@link CatalogueApi} and the platform's peer guard: connect and
 * read timeouts are set on the REST client, and a catalogue that stays down is a 503 {@code catalogue-unavailable}
 * before anything is written.
 */
@ApplicationScoped
@ApplyGuard(PeerGuards.CATALOGUE)
@PeerClient
public class CatalogueClient {

    /** The shape of a catalogue qualification id (a URL-safe slug such as cg-2794-02). */
    public static final String QUALIFICATION_ID = "[a-z0-9][a-z0-9-]*";
    private static final Pattern QUALIFICATION_ID_SHAPE = Pattern.compile(QUALIFICATION_ID);

    private final CatalogueApi api;

    public CatalogueClient(@RestClient CatalogueApi api) {
        this.api = api;
    }

    /** The qualification, or empty when the catalogue has no qualification with that id. */
    public Optional<CatalogueQualification> qualification(String qualificationId) {
        // No catalogue has such an id: asking would only earn a 400 that counts against the circuit breaker.
        if (!QUALIFICATION_ID_SHAPE.matcher(qualificationId).matches()) {
            return Optional.empty();
        }
        return PeerAnswers.orEmptyIfNotFound(() -> api.qualification(qualificationId));
    }
}
