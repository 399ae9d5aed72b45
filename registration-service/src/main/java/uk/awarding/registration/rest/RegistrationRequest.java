package uk.awarding.registration.rest;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.awarding.registration.client.CatalogueClient;
import uk.awarding.registration.domain.AccessArrangements;
import uk.awarding.registration.domain.NewRegistration;
import uk.awarding.registration.domain.Uln;

/**
 * One learner to register, as a centre sends it. The centre is not part of it: it is the caller's, from the
 * token. Names are trimmed before they are checked, and may hold any script's letters. Whether the date of birth can
 * be real is a registration rule ({@code DateOfBirth}), checked with the form ({@link RegistrationChecks}).
 */
@Schema(description = "A learner to register on a qualification. For a ULN the awarding organisation already knows, "
        + "the names and date of birth must match the learner record.")
public record RegistrationRequest(
        @Schema(description = "The learner's Unique Learner Number: 10 digits with the LRS check digit", examples = "9276308686") @NotNull @ValidUln String uln,
        @Schema(description = "Given name: letters of any script, spaces, hyphens, apostrophes, full stops", examples = "Amara") @NotBlank @Size(max = 100) @Pattern(regexp = NAME, message = NAME_MESSAGE) String givenName,
        @Schema(description = "Family name: letters of any script, spaces, hyphens, apostrophes, full stops", examples = "Okafor") @NotBlank @Size(max = 100) @Pattern(regexp = NAME, message = NAME_MESSAGE) String familyName,
        @Schema(description = "Date of birth: before today, the learner aged 4 to 114 and at least the qualification's minimum age", examples = "2001-04-12") @NotNull LocalDate dateOfBirth,
        @Schema(description = "The qualification's id in the catalogue", examples = "cg-2794-02") @NotBlank @Size(max = 100) @Pattern(regexp = CatalogueClient.QUALIFICATION_ID, message = "must be a qualification id such as cg-2794-02") String qualificationId,
        @Valid AccessArrangementsRequest accessArrangements) {

    static final String NAME = "[\\p{L}\\p{M}][\\p{L}\\p{M}'\u2019 .-]*";
    static final String NAME_MESSAGE = "must start with a letter and hold only letters, spaces, hyphens, apostrophes and full stops";

    public RegistrationRequest {
        givenName = givenName == null ? null : givenName.strip();
        familyName = familyName == null ? null : familyName.strip();
        uln = uln == null ? null : uln.strip();
        qualificationId = qualificationId == null ? null : qualificationId.strip();
    }

    /** Only for a request that passed validation. */
    public NewRegistration toNewRegistration() {
        return new NewRegistration(new Uln(uln), givenName, familyName, dateOfBirth, qualificationId,
                accessArrangements == null ? AccessArrangements.NONE : accessArrangements.toAccessArrangements());
    }
}
