package uk.awarding.catalogue.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new specification version of a qualification, based on the version of the qualification the editor read. */
public record SpecVersionRequest(@NotNull Long version, @NotBlank @Size(max = 40) String specVersion,
        @Size(max = 300) String sourceDocument) {
}
