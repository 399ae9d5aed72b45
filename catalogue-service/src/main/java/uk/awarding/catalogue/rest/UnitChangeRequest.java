package uk.awarding.catalogue.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import uk.awarding.catalogue.domain.AssessmentMethod;
import uk.awarding.catalogue.service.CatalogueEditing;

/** A full replacement of a unit's description (its unit reference is its identity and cannot change). */
public record UnitChangeRequest(
        @NotNull Long version,
        @Size(max = 32) String aoUnitCode,
        @NotBlank @Size(max = 300) String title,
        @NotNull @Min(1) @Max(8) Integer level,
        @Min(1) Integer glh,
        @Min(1) Integer credits,
        @NotNull AssessmentMethod assessmentMethod,
        boolean knowledgeOnly,
        @Size(max = 4000) String aim) {

    CatalogueEditing.UnitChange change() {
        return new CatalogueEditing.UnitChange(aoUnitCode, title, level, glh, credits, assessmentMethod, knowledgeOnly, aim);
    }
}
