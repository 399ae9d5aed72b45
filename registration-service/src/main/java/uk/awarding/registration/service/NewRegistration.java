package uk.awarding.registration.service;

import java.time.LocalDate;

import uk.awarding.registration.domain.AccessArrangements;
import uk.awarding.registration.domain.Uln;

/** A centre's request to register a learner, already well-formed; the business rules are checked by {@link Registrations}. */
public record NewRegistration(Uln uln, String givenName, String familyName, LocalDate dateOfBirth,
        String qualificationId, AccessArrangements accessArrangements) {
}
