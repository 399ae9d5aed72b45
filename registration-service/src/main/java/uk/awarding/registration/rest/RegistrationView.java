package uk.awarding.registration.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import uk.awarding.registration.domain.AccessArrangements;
import uk.awarding.registration.domain.LearnerMismatch;
import uk.awarding.registration.domain.Registration;
import uk.awarding.registration.domain.RegistrationStatus;

/**
 * A registration as every client sees it (contracts/registration-service/registration-cg-2794-02.json).
 * The learner's names and date of birth are the learner's record. {@code learnerMismatches} appears only in
 * the answer to a registration whose details differed from that record.
 */
public record RegistrationView(String id, String centreNumber, String uln, String givenName, String familyName,
        LocalDate dateOfBirth, String qualificationId, RegistrationStatus status, Instant registeredAt,
        AccessArrangements accessArrangements, Instant withdrawnAt, String withdrawalReason,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<LearnerMismatch> learnerMismatches) {

    public static RegistrationView from(Registration registration) {
        return from(registration, List.of());
    }

    public static RegistrationView from(Registration registration, List<LearnerMismatch> learnerMismatches) {
        var learner = registration.learner();
        return new RegistrationView(registration.id(), registration.centreNumber(), learner.uln(), learner.givenName(),
                learner.familyName(), learner.dateOfBirth(), registration.qualificationId(), registration.status(),
                registration.registeredAt(), registration.accessArrangements(), registration.withdrawnAt(),
                registration.withdrawalReason(), learnerMismatches);
    }
}
