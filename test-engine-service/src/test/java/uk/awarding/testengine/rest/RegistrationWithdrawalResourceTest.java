package uk.awarding.testengine.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import uk.awarding.platform.testing.ConcurrentWrites;
import uk.awarding.platform.testing.TestTokens;
import uk.awarding.platform.testing.contract.Contracts;
import uk.awarding.testengine.Candidates;
import uk.awarding.testengine.PeerStubs;
import uk.awarding.testengine.TestClock;
import uk.awarding.testengine.TestSessions;
import uk.awarding.testengine.domain.SessionBooking;
import uk.awarding.testengine.repository.RegistrationWithdrawalRepository;
import uk.awarding.testengine.repository.SessionBookingRepository;
import uk.awarding.testengine.service.RegistrationWithdrawals;
import uk.awarding.testengine.service.TestSessionService;

/**
 * Withdrawals delivered by registration-service: only a service token may deliver one; every booking of the
 * registration is stamped, a repeated delivery changes nothing, and a registration withdrawn before it is booked
 * is refused when booked.
 */
@QuarkusTest
class RegistrationWithdrawalResourceTest {

    private static final String SERVICE = TestTokens.service("registration-service");
    private static final Instant WITHDRAWN_AT = Instant.parse("2027-01-20T16:05:00Z");

    @Inject
    TestClock clock;
    @Inject
    SessionBookingRepository bookings;
    @Inject
    RegistrationWithdrawalRepository withdrawals;
    @Inject
    RegistrationWithdrawals recorder;

    @Test
    void onlyAServiceMayDeliverAWithdrawal() {
        String registrationId = UUID.randomUUID().toString();

        given().contentType(ContentType.JSON).body(notice(registrationId, WITHDRAWN_AT))
                .post("/api/registration-withdrawals").then().statusCode(401);
        deliver(TestTokens.candidate(Candidates.newUln()), notice(registrationId, WITHDRAWN_AT)).then().statusCode(403);
        deliver(TestTokens.centre(TestSessions.CENTRE), notice(registrationId, WITHDRAWN_AT)).then().statusCode(403);
        deliver(TestTokens.staff(), notice(registrationId, WITHDRAWN_AT)).then().statusCode(403);
        deliver(TestTokens.token("invigilator", Set.of("invigilator"), Map.of("centre_number", TestSessions.CENTRE)),
                notice(registrationId, WITHDRAWN_AT)).then().statusCode(403);
        assertFalse(withdrawn(registrationId), "a refused delivery records nothing");

        deliver(SERVICE, notice(registrationId, WITHDRAWN_AT)).then().statusCode(204);
        assertTrue(withdrawn(registrationId));
    }

    @Test
    void everyBookingOfTheRegistrationIsStampedAndNoOther() {
        String uln = Candidates.newUln();
        String registrationId = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        String otherUln = Candidates.newUln();
        PeerStubs.registration(registrationId, uln, "ACTIVE", "cg-2794-02", 0);
        PeerStubs.registration(other, otherUln, "ACTIVE", "cg-2794-02", 0);
        TestSessions.bookOnOpenSession(registrationId, uln, 0);
        TestSessions.bookOnOpenSession(registrationId, uln, 0);
        TestSessions.bookOnOpenSession(other, otherUln, 0);

        deliver(SERVICE, notice(registrationId, WITHDRAWN_AT)).then().statusCode(204);

        assertEquals(List.of(WITHDRAWN_AT, WITHDRAWN_AT), withdrawnAtOfBookings(registrationId));
        assertNull(withdrawnAtOfBookings(other).get(0));
        assertFalse(withdrawn(other));
    }

    @Test
    void aRepeatedDeliveryChangesNothing() {
        String registrationId = UUID.randomUUID().toString();
        String uln = Candidates.newUln();
        PeerStubs.registration(registrationId, uln, "ACTIVE", "cg-2794-02", 0);
        TestSessions.bookOnOpenSession(registrationId, uln, 0);

        deliver(SERVICE, notice(registrationId, WITHDRAWN_AT)).then().statusCode(204);
        deliver(SERVICE, notice(registrationId, WITHDRAWN_AT)).then().statusCode(204);
        deliver(SERVICE, notice(registrationId, WITHDRAWN_AT.plusSeconds(60))).then().statusCode(204);

        assertEquals(List.of(WITHDRAWN_AT), withdrawnAtOfBookings(registrationId));
        assertEquals(WITHDRAWN_AT,
                QuarkusTransaction.requiringNew().call(() -> withdrawals.findById(registrationId).getWithdrawnAt()));
    }

    @Test
    void twoDeliveriesAtTheSameMomentAreBothRecordedAndTheFirstIsKept() throws Exception {
        String registrationId = UUID.randomUUID().toString();
        String uln = Candidates.newUln();
        PeerStubs.registration(registrationId, uln, "ACTIVE", "cg-2794-02", 0);
        TestSessions.bookOnOpenSession(registrationId, uln, 0);

        // Two relays (or a relay and its retry) deliver while neither has committed.
        Response second = ConcurrentWrites.secondWaitsForFirst(
                held -> QuarkusTransaction.requiringNew().run(() -> {
                    recorder.record(registrationId, WITHDRAWN_AT);
                    held.run();
                }),
                () -> deliver(SERVICE, notice(registrationId, WITHDRAWN_AT.plusSeconds(60))));

        second.then().statusCode(204);
        assertEquals(List.of(WITHDRAWN_AT), withdrawnAtOfBookings(registrationId));
        assertEquals(WITHDRAWN_AT,
                QuarkusTransaction.requiringNew().call(() -> withdrawals.findById(registrationId).getWithdrawnAt()));
    }

    @Test
    void aRegistrationWithdrawnBeforeItIsBookedIsNotBooked() {
        String registrationId = UUID.randomUUID().toString();
        // registration-service still answers ACTIVE (a reply cached or read before the withdrawal).
        PeerStubs.registration(registrationId, Candidates.newUln(), "ACTIVE", "cg-2794-02", 0);
        deliver(SERVICE, notice(registrationId, WITHDRAWN_AT)).then().statusCode(204);
        String session = given().auth().oauth2(TestTokens.centre(TestSessions.CENTRE)).contentType(ContentType.JSON)
                .body(Map.of("unit", PeerStubs.UNIT, "date",
                        LocalDate.ofInstant(clock.instant(), TestSessionService.UK).toString(),
                        "startFrom", "00:00", "startUntil", "23:59:59", "location", "Room 4",
                        "invigilators", List.of("invigilator"), "keycodeRequired", false))
                .post("/api/test-sessions").then().statusCode(201).extract().path("id");

        given().auth().oauth2(TestTokens.centre(TestSessions.CENTRE)).contentType(ContentType.JSON)
                .body(Map.of("registrationId", registrationId)).post("/api/test-sessions/" + session + "/bookings")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:awarding:problem:registration-not-active"))
                .body("registrationStatus", equalTo("WITHDRAWN"));
        assertTrue(withdrawnAtOfBookings(registrationId).isEmpty());
    }

    @Test
    void aNoticeWithoutItsFieldsIsRefusedWithEveryInvalidField() {
        deliver(SERVICE, Map.of()).then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:awarding:problem:validation-failed"))
                .body("errors.field", containsInAnyOrder("registrationId", "withdrawnAt"));
    }

    @Test
    void aWithdrawalTimeTheDatabaseCannotKeepIsRefused() {
        for (String time : List.of("1969-12-31T23:59:59Z", "2038-01-19T03:14:08Z")) {
            deliver(SERVICE, Map.of("registrationId", UUID.randomUUID().toString(), "withdrawnAt", time)).then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("urn:awarding:problem:validation-failed"))
                    .body("errors.field", containsInAnyOrder("withdrawnAt"));
        }
    }

    /** The notice as registration-service sends it (its consumer contract). */
    private static String notice(String registrationId, Instant withdrawnAt) {
        return Contracts.fixture("test-engine-service", "registration-withdrawal-request",
                Map.of("registrationId", registrationId, "withdrawnAt", withdrawnAt.toString()));
    }

    private static Response deliver(String token, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/registration-withdrawals");
    }

    private boolean withdrawn(String registrationId) {
        return QuarkusTransaction.requiringNew().call(() -> withdrawals.isWithdrawn(registrationId));
    }

    private List<Instant> withdrawnAtOfBookings(String registrationId) {
        return QuarkusTransaction.requiringNew().call(() -> bookings.list("registrationId", registrationId).stream()
                .map(SessionBooking::getWithdrawnAt).toList());
    }
}
