package uk.awarding.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.restassured.path.json.JsonPath;

/** The committed realm gives every account and client exactly the claims the services rely on (docs/architecture.md). */
@ExtendWith(Suite.class)
class KeycloakRealmIT {

    @Test
    void centreApiClientCredentialsCarryCentreRoleAndCentreNumber() {
        JsonPath claims = Keycloak.claims(Keycloak.centreApi());

        assertIssuedForTheApis(claims);
        assertThat(claims.getList("groups", String.class), contains("centre"));
        assertThat(claims.getString("centre_number"), equalTo("CEN001"));
    }

    @Test
    void candidateTokenCarriesTheUln() {
        JsonPath claims = Keycloak.claims(Keycloak.user("candidate"));

        assertIssuedForTheApis(claims);
        assertThat(claims.getList("groups", String.class), contains("candidate"));
        assertThat(claims.getString("uln"), equalTo("9276308686"));
        assertThat(claims.getString("centre_number"), nullValue());
    }

    @Test
    void centreUsersCarryTheirOwnCentreNumbers() {
        JsonPath centre = Keycloak.claims(Keycloak.user("centre"));
        JsonPath otherCentre = Keycloak.claims(Keycloak.user("centre2"));

        assertIssuedForTheApis(centre);
        assertThat(centre.getList("groups", String.class), contains("centre"));
        assertThat(centre.getString("centre_number"), equalTo("CEN001"));
        assertThat(otherCentre.getString("centre_number"), equalTo("CEN002"));
    }

    @Test
    void invigilatorTokenCarriesTheInvigilatorRoleAndItsCentre() {
        JsonPath claims = Keycloak.claims(Keycloak.user("invigilator"));

        assertIssuedForTheApis(claims);
        assertThat(claims.getList("groups", String.class), contains("invigilator"));
        assertThat(claims.getString("centre_number"), equalTo("CEN001"));
        assertThat(claims.getString("uln"), nullValue());
    }

    @Test
    void staffTokenCarriesAwardingStaffOnly() {
        JsonPath claims = Keycloak.claims(Keycloak.user("staff"));

        assertIssuedForTheApis(claims);
        assertThat(claims.getList("groups", String.class), contains("awarding-staff"));
        assertThat(claims.getString("uln"), nullValue());
        assertThat(claims.getString("centre_number"), nullValue());
    }

    @ParameterizedTest
    @ValueSource(strings = { "catalogue-service", "registration-service", "test-engine-service", "certification-service" })
    void everyServiceAccountHasRoleService(String service) {
        JsonPath claims = Keycloak.claims(Keycloak.clientCredentials(service, service + "-secret"));

        assertIssuedForTheApis(claims);
        assertThat(claims.getList("groups", String.class), contains("service"));
        assertThat(claims.getString("azp"), equalTo(service));
    }

    @Test
    void accessTokensLiveFiveMinutes() {
        JsonPath claims = Keycloak.claims(Keycloak.user("staff"));

        assertThat(claims.getLong("exp") - claims.getLong("iat"), equalTo(300L));
    }

    @Test
    void refusesAWrongClientSecret() {
        given().formParam("grant_type", "client_credentials")
                .formParam("client_id", "centre-api").formParam("client_secret", "not-the-secret")
                .post(Suite.REALM + "/protocol/openid-connect/token")
                .then().statusCode(401);
    }

    @Test
    void publicScriptClientGetsNoServiceAccountTokens() {
        given().formParam("grant_type", "client_credentials").formParam("client_id", "suite-cli")
                .post(Suite.REALM + "/protocol/openid-connect/token")
                .then().statusCode(401);
    }

    private static void assertIssuedForTheApis(JsonPath claims) {
        assertThat(claims.getString("iss"), equalTo(Suite.REALM));
        // Keycloak writes a single audience as a string, several as an array.
        Object audience = claims.get("aud");
        List<Object> audiences = audience instanceof List<?> list ? List.copyOf(list) : List.of(audience);
        assertThat(audiences, hasItem("awarding-api"));
    }
}
