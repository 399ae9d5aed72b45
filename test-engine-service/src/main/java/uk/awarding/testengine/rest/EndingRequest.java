package uk.awarding.testengine.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why the invigilator ends a candidate's test (it goes into the audit and the incident report). */
@Schema(example = "{\"reason\": \"Suspected malpractice: phone in use\"}")
public record EndingRequest(@NotBlank @Size(max = 1000) String reason) {
}
