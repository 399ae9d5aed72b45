package uk.awarding.certification.client;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.smallrye.faulttolerance.api.ApplyGuard;
import uk.awarding.platform.peer.PeerAnswers;
import uk.awarding.platform.peer.PeerClient;
import uk.awarding.platform.peer.PeerGuards;

/**
 * catalogue-service as certification needs it, behind {@link CatalogueApi} and the platform's peer guard: connect and
 * read timeouts are set on the REST client, and a catalogue that stays down is a 503 {@code catalogue-unavailable}
 * before anything is written.
 */
@ApplicationScoped
@ApplyGuard(PeerGuards.CATALOGUE)
@PeerClient
public class CatalogueClient {

    private final CatalogueApi api;

    public CatalogueClient(@RestClient CatalogueApi api) {
        this.api = api;
    }

    /** The qualification, or empty when the catalogue has no qualification with that id. */
    public Optional<QualificationView> qualification(String qualificationId) {
        return PeerAnswers.orEmptyIfNotFound(() -> api.qualification(qualificationId));
    }

    /** Whether the passed units meet the qualification's rules of combination, and if not, what is missing. */
    public AchievementView achievement(String qualificationId, List<String> unitIds) {
        return api.achievement(qualificationId, new AchievementRequest(unitIds));
    }
}
