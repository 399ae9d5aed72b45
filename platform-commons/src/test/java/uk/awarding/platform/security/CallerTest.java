package uk.awarding.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.credential.Credential;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.vertx.core.json.JsonObject;
import uk.awarding.platform.problem.ProblemException;

/** Roles from the identity, claims from the access token only, and one 403 problem for each missing claim. */
class CallerTest {

    @Test
    void roleChecksAreTheIdentitys() {
        Caller caller = caller(Set.of(Roles.CENTRE), Map.of("centre_number", "12345"));

        assertTrue(caller.is(Roles.CENTRE));
        assertFalse(caller.is(Roles.STAFF));
        assertFalse(caller.is(Roles.CANDIDATE));
    }

    @Test
    void centreTokenSpeaksForItsCentre() {
        Caller caller = caller(Set.of(Roles.CENTRE), Map.of("centre_number", "12345"));

        assertEquals("12345", caller.centreNumber());
        assertEquals("12345", caller.requireCentreNumber());
        assertTrue(caller.actsFor("12345"));
        assertFalse(caller.actsFor("54321"));
        assertSame(caller, caller.checked());
    }

    @Test
    void centreTokenWithoutCentreNumberIsRefused() {
        Caller caller = caller(Set.of(Roles.CENTRE), Map.of());

        assertNull(caller.centreNumber());
        assertCentreClaimMissing(assertThrows(ProblemException.class, caller::requireCentreNumber));
        assertCentreClaimMissing(assertThrows(ProblemException.class, caller::checked));
        assertFalse(caller.actsFor("12345"));
    }

    @Test
    void blankCentreNumberCountsAsMissing() {
        Caller caller = caller(Set.of(Roles.CENTRE), Map.of("centre_number", " "));

        assertNull(caller.centreNumber());
        assertCentreClaimMissing(assertThrows(ProblemException.class, caller::requireCentreNumber));
    }

    @Test
    void invigilatorTokenSpeaksForItsCentre() {
        Caller caller = caller(Set.of(Roles.INVIGILATOR), Map.of("centre_number", "12345"));

        assertEquals("12345", caller.requireCentreNumber());
        assertTrue(caller.actsFor("12345"));
        assertFalse(caller.actsFor("54321"));
        assertCentreClaimMissing(assertThrows(ProblemException.class,
                caller(Set.of(Roles.INVIGILATOR), Map.of())::checked));
    }

    @Test
    void centreNumberCountsOnlyForTheCentreRole() {
        Caller caller = caller(Set.of(Roles.SERVICE), Map.of("centre_number", "12345"));

        assertNull(caller.centreNumber());
        assertFalse(caller.actsFor("12345"));
        assertSame(caller, caller.checked());
    }

    @Test
    void staffActForEveryCentreWithoutACentreClaim() {
        Caller caller = caller(Set.of(Roles.STAFF, Roles.CENTRE), Map.of());

        assertTrue(caller.actsFor("12345"));
        assertSame(caller, caller.checked());
    }

    @Test
    void candidateTokenSpeaksForItsLearner() {
        Caller caller = caller(Set.of(Roles.CANDIDATE), Map.of("uln", "9999999999"));

        assertEquals("9999999999", caller.candidateUln());
        assertEquals("9999999999", caller.requireUln());
    }

    @Test
    void candidateTokenWithoutUlnIsRefused() {
        assertNoCandidateIdentity(assertThrows(ProblemException.class,
                caller(Set.of(Roles.CANDIDATE), Map.of())::requireUln));
        assertNoCandidateIdentity(assertThrows(ProblemException.class,
                caller(Set.of(Roles.CANDIDATE), Map.of("uln", ""))::requireUln));
        assertNoCandidateIdentity(assertThrows(ProblemException.class,
                caller(Set.of(Roles.STAFF), Map.of("uln", "9999999999"))::requireUln));
    }

    @Test
    void claimsOfTheIdTokenAreNotTrusted() {
        Caller caller = new Caller(identity(Set.of(Roles.CANDIDATE),
                new IdTokenCredential(jwt(Map.of("sub", "someone", "uln", "9999999999")))));

        assertNull(caller.candidateUln());
        assertNoCandidateIdentity(assertThrows(ProblemException.class, caller::requireUln));
    }

    @Test
    void subjectIsTheTokensAndNameThePrincipals() {
        Caller caller = caller(Set.of(Roles.STAFF), Map.of("sub", "f81d4fae-7dec-11d0-a765-00a0c91e6bf6"));

        assertEquals("f81d4fae-7dec-11d0-a765-00a0c91e6bf6", caller.subject());
        assertEquals("pat.staff", caller.name());
    }

    @Test
    void subjectFallsBackToThePrincipalsName() {
        assertEquals("pat.staff", caller(Set.of(Roles.STAFF), Map.of()).subject());
    }

    @Test
    void theSessionIsKeycloaksSessionIdOrElseTheSubject() {
        assertEquals("sid:abc-123", caller(Set.of(Roles.CANDIDATE), Map.of("sid", "abc-123", "sub", "u1")).session());
        assertEquals("sub:u1", caller(Set.of(Roles.CANDIDATE), Map.of("sub", "u1")).session());
    }

    private static Caller caller(Set<String> roles, Map<String, Object> claims) {
        return new Caller(identity(roles, new AccessTokenCredential(jwt(claims))));
    }

    private static QuarkusSecurityIdentity identity(Set<String> roles, Credential credential) {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal("pat.staff")).addRoles(roles)
                .addCredential(credential).build();
    }

    /** A JWT with a dummy signature: Quarkus has verified the token before a Caller reads it, so only claims matter. */
    private static String jwt(Map<String, Object> claims) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return base64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(new JsonObject(claims).encode().getBytes(StandardCharsets.UTF_8)) + ".c2lnbmF0dXJl";
    }

    private static void assertCentreClaimMissing(ProblemException e) {
        assertEquals(403, e.status());
        assertEquals("centre-claim-missing", e.type());
        assertEquals("No centre in the token", e.title());
        assertEquals("A centre token must carry the centre_number claim.", e.detail());
    }

    private static void assertNoCandidateIdentity(ProblemException e) {
        assertEquals(403, e.status());
        assertEquals("no-candidate-identity", e.type());
        assertEquals("No candidate identity", e.title());
    }
}
