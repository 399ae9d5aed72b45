package uk.awarding.testengine.service;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.quarkus.test.junit.QuarkusTest;
import uk.awarding.platform.testing.OutboxOutage;
import uk.awarding.platform.testing.TestTokens;
import uk.awarding.platform.testing.contract.Contracts;
import uk.awarding.testengine.Candidates;
import uk.awarding.testengine.PeerStubs;
import uk.awarding.testengine.TestClock;

@QuarkusTest
class OutboxDeliveryTest {

    @Inject
    DataSource dataSource;
    @Inject
    TestClock clock;
    @Inject
    OutboxRelay relay;

    /**
     * Other test classes pass candidates without running the relay, and a run takes at most a batch of due messages,
     * oldest first: deliver what they left, so that a run here takes this test's message.
     */
    @BeforeEach
    void deliverWhatOtherTestsLeft() {
        long undelivered = undelivered();
        for (int run = 0; run < 100; run++) {
            relay.relayDueMessages();
            long left = undelivered();
            if (left == undelivered) {
                return;
            }
            undelivered = left;
        }
    }

    @AfterEach
    void restore() {
        clock.reset();
        PeerStubs.certificationBackUp();
    }

    @Test
    void aPassReachesCertificationExactlyOnceEvenWhenItIsDownForAWhile() {
        PeerStubs.stubCertificationDown();
        String sittingId = passedSitting();

        OutboxOutage.deliversOnceAfterThePeerIsBack(relay::relayDueMessages, clock, PeerStubs::certificationBackUp,
                () -> requestsFor(sittingId).size(), () -> delivered(sittingId));

        List<LoggedRequest> requests = requestsFor(sittingId);
        assertEquals(1, Candidates.count(dataSource, "select count(*) from outbox_message where sitting_id = ?", sittingId));
        LoggedRequest delivery = requests.get(1);
        Contracts.assertSatisfies("certification-service", "unit-result-from-sitting-request", delivery.getBodyAsString());
        PeerStubs.server().verify(postRequestedFor(urlEqualTo("/api/unit-results"))
                .withRequestBody(matchingJsonPath("$.sittingId", equalTo(sittingId)))
                .withHeader("Authorization", matching("Bearer .+")));
    }

    @Test
    void theUnitResultCarriesTheSittingsScoreAndRegistration() throws Exception {
        String sittingId = passedSitting();

        relay.relayDueMessages();

        var body = new ObjectMapper().readTree(requestsFor(sittingId).get(0).getBodyAsString());
        assertEquals(20, body.get("score").asInt());
        assertEquals(18, body.get("passMark").asInt());
        assertEquals("2794-210", body.get("unit").asText());
        assertEquals(1, Candidates.count(dataSource, "select count(*) from sitting where id = ? and registration_id = ?",
                sittingId, body.get("registrationId").asText()));
        assertEquals(1, delivered(sittingId));
    }

    @Test
    void aFailIsNeverSentToCertification() {
        String uln = Candidates.newUln();
        String id = Candidates.startedSitting(uln);
        Candidates.answer(dataSource, uln, id, 10);
        given().auth().oauth2(TestTokens.candidate(uln)).post("/api/sittings/{id}/submission", id).then().statusCode(200);

        relay.relayDueMessages();

        assertEquals(0, Candidates.count(dataSource, "select count(*) from outbox_message where sitting_id = ?", id));
        assertEquals(0, requestsFor(id).size());
    }

    private String passedSitting() {
        String uln = Candidates.newUln();
        String id = Candidates.startedSitting(uln);
        Candidates.answer(dataSource, uln, id, 20);
        given().auth().oauth2(TestTokens.candidate(uln)).post("/api/sittings/{id}/submission", id).then().statusCode(200);
        // The outbox row was written in the marking transaction.
        assertEquals(1, Candidates.count(dataSource, "select count(*) from outbox_message where sitting_id = ?", id));
        return id;
    }

    private long undelivered() {
        return Candidates.count(dataSource, "select count(*) from outbox_message where delivered_at is null");
    }

    private long delivered(String sittingId) {
        return Candidates.count(dataSource,
                "select count(*) from outbox_message where sitting_id = ? and delivered_at is not null", sittingId);
    }

    private static List<LoggedRequest> requestsFor(String sittingId) {
        return PeerStubs.server().findAll(postRequestedFor(urlEqualTo("/api/unit-results"))
                .withRequestBody(matchingJsonPath("$.sittingId", equalTo(sittingId))));
    }
}
