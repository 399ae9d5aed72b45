package uk.awarding.registration.rest;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import uk.awarding.registration.client.CatalogueClient;
import uk.awarding.registration.domain.AccessArrangements;
import uk.awarding.registration.domain.NewRegistration;
import uk.awarding.registration.domain.Uln;

/**
 * One learner to register, as a centre sends it. The centre is not part of it: it is the caller's, from the
 * token. Names are trimmed before they are checked, and may hold any script's letters.
 */
public record RegistrationRequest(
        @NotNull @ValidUln String uln,
        @NotBlank @Size(max = 100) @Pattern(regexp = NAME, message = NAME_MESSAGE) String givenName,
        @NotBlank @Size(max = 100) @Pattern(regexp = NAME, message = NAME_MESSAGE) String familyName,
        @NotNull @Past LocalDate dateOfBirth,
        @NotBlank @Size(max = 100) @Pattern(regexp = CatalogueClient.QUALIFICATION_ID, message = "must be a qualification id such as cg-2794-02") String qualificationId,
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
