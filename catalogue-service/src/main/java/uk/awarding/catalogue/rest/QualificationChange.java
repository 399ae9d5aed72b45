package uk.awarding.catalogue.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import uk.awarding.catalogue.domain.Grading;
import uk.awarding.catalogue.domain.Qualification;
import uk.awarding.catalogue.domain.QualificationStatus;

/** A full replacement of a qualification's published facts, based on the version the editor read. */
public record QualificationChange(
        @NotNull Long version,
        @Pattern(regexp = "\\d{3}/\\d{4}/[0-9X]", message = "must be NNN/NNNN/C") String qualificationNumber,
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 120) String awardingOrganisation,
        @NotNull @Min(1) @Max(8) Integer level,
        @Valid Glh glh,
        @Min(1) Integer tqt,
        @Min(1) Integer credits,
        @Min(14) @Max(99) Integer minimumAge,
        Grading grading,
        @NotNull QualificationStatus status,
        @Size(max = 40) String specVersion,
        @Size(max = 300) String sourceDocument) {

    public record Glh(@Min(1) Integer min, @Min(1) Integer max) {

        @AssertTrue(message = "min must not be above max")
        public boolean isRange() {
            return min == null || max == null || min <= max;
        }
    }

    Qualification.Facts facts() {
        return new Qualification.Facts(qualificationNumber, title, awardingOrganisation, level,
                glh == null ? null : glh.min(), glh == null ? null : glh.max(), tqt, credits, minimumAge, grading,
                status, specVersion, sourceDocument);
    }
}
