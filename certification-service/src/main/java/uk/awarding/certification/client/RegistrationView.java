package uk.awarding.certification.client;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What certification needs of a registration (contracts/registration-service/registration-cg-2794-02.json). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RegistrationView(String id, String centreNumber, String uln, String givenName, String familyName,
        LocalDate dateOfBirth, String qualificationId, String status) {
}
