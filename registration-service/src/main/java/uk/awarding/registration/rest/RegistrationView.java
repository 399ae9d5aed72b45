package uk.awarding.registration.rest;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.awarding.registration.domain.AccessArrangements;
import uk.awarding.registration.domain.Registration;
import uk.awarding.registration.domain.RegistrationStatus;

/**
 * A registration as every client sees it (contracts/registration-service/registration-cg-2794-02.json).
 * The learner's names and date of birth are the learner's record, which a registration matched exactly.
 */
@Schema(description = "A learner's registration on a qualification at a centre")
public record RegistrationView(
        @Schema(description = "The registration's id", examples = "5f0c6b1e-8d3a-4c2e-9b7a-2f4d6e8a1c3b") String id,
        @Schema(description = "The centre that registered the learner", examples = "CEN001") String centreNumber,
        @Schema(description = "The learner's Unique Learner Number", examples = "9276308686") String uln,
        @Schema(description = "The learner's given name, as on record", examples = "Amara") String givenName,
        @Schema(description = "The learner's family name, as on record", examples = "Okafor") String familyName,
        @Schema(description = "The learner's date of birth, as on record", examples = "2001-04-12") LocalDate dateOfBirth,
        @Schema(description = "The qualification", examples = "cg-2794-02") String qualificationId,
        RegistrationStatus status,
        @Schema(description = "When the centre registered the learner (UTC)", examples = "2026-09-14T09:30:00Z") Instant registeredAt,
        AccessArrangements accessArrangements,
        @Schema(description = "When the learner was withdrawn; null while ACTIVE", examples = "2027-01-20T16:05:00Z") Instant withdrawnAt,
        @Schema(description = "Why the learner was withdrawn, if the centre said", examples = "Moved to another college") String withdrawalReason) {

    public static RegistrationView from(Registration registration) {
        var learner = registration.learner();
        return new RegistrationView(registration.id(), registration.centreNumber(), learner.uln(), learner.givenName(),
                learner.familyName(), learner.dateOfBirth(), registration.qualificationId(), registration.status(),
                registration.registeredAt(), registration.accessArrangements(), registration.withdrawnAt(),
                registration.withdrawalReason());
    }
}
