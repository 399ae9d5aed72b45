package uk.awarding.certification.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** A claim for a registration; {@code unitCertificate} asks for a unit certificate when the qualification is not achieved. */
public record ClaimRequest(@NotBlank @Pattern(regexp = Ids.UUID, message = "must be a UUID") String registrationId,
        Boolean unitCertificate) {
}
