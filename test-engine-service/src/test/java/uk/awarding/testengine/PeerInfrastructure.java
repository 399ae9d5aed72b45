package uk.awarding.testengine;

import io.quarkus.test.common.QuarkusTestResource;

/** The peers of this service, stubbed from their contract fixtures, for every @QuarkusTest of the module. */
@QuarkusTestResource(PeerStubs.class)
public final class PeerInfrastructure {

    private PeerInfrastructure() {
    }
}
