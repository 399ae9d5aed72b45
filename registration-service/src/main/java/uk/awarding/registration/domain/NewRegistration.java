package uk.awarding.registration.domain;

import java.time.LocalDate;

/** A centre's request to register a learner, already well-formed; {@link RegistrationRules} decide whether it may be. */
public record NewRegistration(Uln uln, String givenName, String familyName, LocalDate dateOfBirth,
        String qualificationId, AccessArrangements accessArrangements) {
}
