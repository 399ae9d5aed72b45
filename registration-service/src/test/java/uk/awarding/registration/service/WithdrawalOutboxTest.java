package uk.awarding.registration.service;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.awarding.registration.Api.CENTRE;
import static uk.awarding.registration.Api.as;
import static uk.awarding.registration.Api.registered;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.quarkus.test.junit.QuarkusTest;
import uk.awarding.platform.testing.OutboxOutage;
import uk.awarding.platform.testing.TestTokens;
import uk.awarding.platform.testing.contract.Contracts;
import uk.awarding.registration.TestClock;
import uk.awarding.registration.TestEngineStub;
import uk.awarding.registration.TestUlns;

/**
 * A withdrawal reaches test-engine-service: its outbox message is written with the withdrawal, and the relay delivers
 * it with this service's token, retrying with backoff while test-engine is down, and never again once delivered.
 */
@QuarkusTest
class WithdrawalOutboxTest {

    @Inject
    DataSource dataSource;
    @Inject
    TestClock clock;
    @Inject
    OutboxRelay relay;

    @AfterEach
    void restore() {
        clock.reset();
        TestEngineStub.up();
    }

    @Test
    void aWithdrawalWritesOneOutboxMessageAndARefusedOneNone() {
        String id = registered(CENTRE, TestUlns.random());
        assertEquals(0, outboxMessages(id));

        withdraw(id).statusCode(200);
        withdraw(id).statusCode(409);

        assertEquals(1, outboxMessages(id));
    }

    @Test
    void aWithdrawalReachesTestEngineExactlyOnceEvenWhenItIsDownForAWhile() throws Exception {
        TestEngineStub.down();
        String id = registered(CENTRE, TestUlns.random());
        String withdrawnAt = withdraw(id).statusCode(200).extract().path("withdrawnAt");

        OutboxOutage.deliversOnceAfterThePeerIsBack(relay::relayDueMessages, clock, TestEngineStub::up,
                () -> requestsFor(id).size(), () -> delivered(id));

        List<LoggedRequest> requests = requestsFor(id);
        String delivery = requests.get(1).getBodyAsString();
        Contracts.assertSatisfies("test-engine-service", "registration-withdrawal-request", delivery);
        assertEquals(Instant.parse(withdrawnAt),
                Instant.parse(new ObjectMapper().readTree(delivery).get("withdrawnAt").asText()));
        TestEngineStub.server().verify(postRequestedFor(urlEqualTo(TestEngineStub.WITHDRAWALS))
                .withRequestBody(matchingJsonPath("$.registrationId", equalTo(id)))
                .withHeader("Authorization", matching("Bearer .+")));
    }

    private static io.restassured.response.ValidatableResponse withdraw(String id) {
        return as(TestTokens.centre(CENTRE)).when().post("/api/registrations/" + id + "/withdrawal").then();
    }

    private long outboxMessages(String id) {
        return count("select count(*) from outbox_message where registration_id = ?", id);
    }

    private long delivered(String id) {
        return count("select count(*) from outbox_message where registration_id = ? and delivered_at is not null", id);
    }

    private long count(String sql, String id) {
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(sql)) {
            statement.setString(1, id);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<LoggedRequest> requestsFor(String id) {
        return TestEngineStub.server().findAll(postRequestedFor(urlEqualTo(TestEngineStub.WITHDRAWALS))
                .withRequestBody(matchingJsonPath("$.registrationId", equalTo(id))));
    }
}
