package uk.awarding.testengine.rest;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A pause or a resumption, with the reason if the invigilator gives one (it goes into the audit). */
@Schema(example = "{\"reason\": \"Fire alarm: room evacuated\"}")
public record SessionActionRequest(@Size(max = 1000) String reason) {
}
